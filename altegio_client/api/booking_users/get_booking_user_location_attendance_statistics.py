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
from ...models.get_booking_user_location_attendance_statistics_response_200 import (
    GetBookingUserLocationAttendanceStatisticsResponse200,
)
from ...types import Response
from .._operations import get_booking_user_location_attendance_statistics as OPERATION

if TYPE_CHECKING:
    from ...models.location_attendance_statistics_resource import (
        LocationAttendanceStatisticsResource,
    )

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/clients/{client_id}/attendances_statistic".format(
            location_id=path_segment(
                "get_booking_user_location_attendance_statistics", "location_id", location_id, int
            ),
            client_id=path_segment("get_booking_user_location_attendance_statistics", "client_id", client_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetBookingUserLocationAttendanceStatisticsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetBookingUserLocationAttendanceStatisticsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetBookingUserLocationAttendanceStatisticsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetBookingUserLocationAttendanceStatisticsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
) -> Response[GetBookingUserLocationAttendanceStatisticsResponse200]:
    """Get Booking User Location Attendance Statistics

    ``GET /v2/locations/{location_id}/clients/{client_id}/attendances_statistic``

    Retrieve attendance counts, financial totals, last successful attendance,
    and deposits for one Booking User in a Location. Statistics remain
    available for a deleted Booking User profile.

    The `client_id` path parameter and `client_attendances_statistic` resource
    type are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetBookingUserLocationAttendanceStatisticsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
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
    client_id: int,
    *,
    client: OperationClient,
) -> GetBookingUserLocationAttendanceStatisticsResponse200:
    """get_booking_user_location_attendance_statistics: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
) -> LocationAttendanceStatisticsResource:
    """get_booking_user_location_attendance_statistics: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
