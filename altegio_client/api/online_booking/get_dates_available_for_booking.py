from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.book_dates_companyid_data_types import BookDatesCompanyidDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_dates_available_for_booking as OPERATION

if TYPE_CHECKING:
    from ...models.book_dates_companyid_data_types_data import (
        BookDatesCompanyidDataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids

    params["staff_id"] = staff_id

    params["date"] = date

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_dates/{location_id}".format(
            location_id=path_segment("get_dates_available_for_booking", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> BookDatesCompanyidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookDatesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookDatesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookDatesCompanyidDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[BookDatesCompanyidDataTypes]:
    """Get Dates Available for Booking

    ``GET /v1/book_dates/{location_id}``

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
        service_ids (list[int] | Unset):
        staff_id (int | Unset):
        date (str | Unset):
        date_from (str | Unset):
        date_to (str | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookDatesCompanyidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    location_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> BookDatesCompanyidDataTypes:
    """get_dates_available_for_booking: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> BookDatesCompanyidDataTypesData:
    """get_dates_available_for_booking: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_ids=service_ids,
            staff_id=staff_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
