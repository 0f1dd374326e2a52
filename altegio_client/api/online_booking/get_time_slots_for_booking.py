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
from ...models.book_times_companyid_data_types import BookTimesCompanyidDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_time_slots_for_booking as OPERATION

if TYPE_CHECKING:
    from ...models.slot import Slot
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    service_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_times/{location_id}/{team_member_id}/{date}".format(
            location_id=path_segment("get_time_slots_for_booking", "location_id", location_id, int),
            team_member_id=path_segment("get_time_slots_for_booking", "team_member_id", team_member_id, int),
            date=path_segment("get_time_slots_for_booking", "date", date, str),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> BookTimesCompanyidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookTimesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookTimesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookTimesCompanyidDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
) -> Response[BookTimesCompanyidDataTypes]:
    """Get a List of Time Slots Available for Booking

    ``GET /v1/book_times/{location_id}/{team_member_id}/{date}``

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
        service_ids (list[int] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookTimesCompanyidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date,
            service_ids=service_ids,
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
    team_member_id: int,
    date: str,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
) -> BookTimesCompanyidDataTypes:
    """get_time_slots_for_booking: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date,
            service_ids=service_ids,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
) -> list[Slot]:
    """get_time_slots_for_booking: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date,
            service_ids=service_ids,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
