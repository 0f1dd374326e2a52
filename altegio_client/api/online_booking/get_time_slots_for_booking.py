from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_times_companyid_data_types import BookTimesCompanyidDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    service_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_ids[]"] = service_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_times/{location_id}/{team_member_id}/{date}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            date=quote(str(date), safe=""),
        ),
        "extensions": {"altegio_operation": "get_time_slots_for_booking"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_time_slots_for_booking")
    if response.status_code == 200:
        response_200 = BookTimesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_time_slots_for_booking", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    service_ids: str | Unset = UNSET,
) -> Response[BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Time Slots Available for Booking

     The sessions available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | session_length | number | Session duration in seconds |
    | datetime | datetime | Date and time of the session in ISO8601 format (must be passed when creating
    the appointment) |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services

    Args:
        location_id (int):
        team_member_id (int):
        date (str):
        service_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date=date,
        service_ids=service_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    service_ids: str | Unset = UNSET,
) -> BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Time Slots Available for Booking

     The sessions available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | session_length | number | Session duration in seconds |
    | datetime | datetime | Date and time of the session in ISO8601 format (must be passed when creating
    the appointment) |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services

    Args:
        location_id (int):
        team_member_id (int):
        date (str):
        service_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookTimesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=client,
            service_ids=service_ids,
        )
    ).parsed
