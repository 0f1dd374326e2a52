from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_dates_companyid_data_types import BookDatesCompanyidDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    service_ids: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_ids[]"] = service_ids

    params["staff_id"] = staff_id

    params["date"] = date

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_dates/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_dates_available_for_booking"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_dates_available_for_booking")
    if response.status_code == 200:
        response_200 = BookDatesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_dates_available_for_booking", exc) from exc
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
    *,
    client: AuthenticatedClient,
    service_ids: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Dates Available for Booking

     The dates available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | working_days | array of working days grouped by month | Working days of a team member/organization
    |
    | working_dates | array of dates | An array of dates when the team member/organization works |
    | booking_days | array of days when there are free sessions | Array of days that are available for
    booking for the specified services |
    | booking_dates | array of dates | An array of dates when there are free sessions for the service to
    the selected team member/organization |

    working days and booking_days have the same format:
    month:[array of days in this month]

    For example, this booking_days:
            "9": [
                  "4",
                  "5"]
            "10": [
                  "14",
                  "25"]
    Means that on September 4 and 5, and on October 14 and 25 there are free sessions for booking


    The following filters are available:

    + service_ids: Array of service IDs. If you need dates when you can book the specified services
    + staff_id: team member ID. If you need dates when you can book the specified team member
    + date: Date within a month, if you need dates for a specific month

    Args:
        location_id (int):
        service_ids (str | Unset):
        staff_id (int | Unset):
        date (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_id=staff_id,
        date=date,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    service_ids: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Dates Available for Booking

     The dates available for booking object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | working_days | array of working days grouped by month | Working days of a team member/organization
    |
    | working_dates | array of dates | An array of dates when the team member/organization works |
    | booking_days | array of days when there are free sessions | Array of days that are available for
    booking for the specified services |
    | booking_dates | array of dates | An array of dates when there are free sessions for the service to
    the selected team member/organization |

    working days and booking_days have the same format:
    month:[array of days in this month]

    For example, this booking_days:
            "9": [
                  "4",
                  "5"]
            "10": [
                  "14",
                  "25"]
    Means that on September 4 and 5, and on October 14 and 25 there are free sessions for booking


    The following filters are available:

    + service_ids: Array of service IDs. If you need dates when you can book the specified services
    + staff_id: team member ID. If you need dates when you can book the specified team member
    + date: Date within a month, if you need dates for a specific month

    Args:
        location_id (int):
        service_ids (str | Unset):
        staff_id (int | Unset):
        date (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookDatesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
