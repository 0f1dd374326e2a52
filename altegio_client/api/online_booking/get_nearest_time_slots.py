from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_staff_seances_companyid_staffid_data_types import (
    BookStaffSeancesCompanyidStaffidDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids

    params["datetime"] = datetime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_staff_seances/{location_id}/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_nearest_time_slots"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_nearest_time_slots")
    if response.status_code == 200:
        response_200 = BookStaffSeancesCompanyidStaffidDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_nearest_time_slots", exc) from exc
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
    *,
    client: AuthenticatedClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> Response[BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Nearest Available Time Slots for Team Member

     the team member's nearest sessions object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | session_date | string | Next date with available sessions |
    | sessions | array | List of available sessions |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services
    + datetime: date (in iso8601 format) for which you want to get the next sessions

    Args:
        location_id (int):
        team_member_id (int):
        service_ids (list[int] | Unset):
        datetime (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        service_ids=service_ids,
        datetime=datetime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Nearest Available Time Slots for Team Member

     the team member's nearest sessions object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | session_date | string | Next date with available sessions |
    | sessions | array | List of available sessions |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services
    + datetime: date (in iso8601 format) for which you want to get the next sessions

    Args:
        location_id (int):
        team_member_id (int):
        service_ids (list[int] | Unset):
        datetime (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookStaffSeancesCompanyidStaffidDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            service_ids=service_ids,
            datetime=datetime,
        )
    ).parsed
