from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_booking_user_location_attendance_statistics_response_200 import (
    GetBookingUserLocationAttendanceStatisticsResponse200,
)
from ...types import Response


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
        "extensions": {"altegio_operation": "get_booking_user_location_attendance_statistics"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200 | None:
    parse_ctx = ParseContext(response, "get_booking_user_location_attendance_statistics")
    if response.status_code == 200:
        response_200 = GetBookingUserLocationAttendanceStatisticsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_booking_user_location_attendance_statistics", exc) from exc
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
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200]:
    """Get Booking User Location Attendance Statistics

     Retrieve attendance counts, financial totals, last successful attendance,
    and deposits for one Booking User in a Location. Statistics remain
    available for a deleted Booking User profile.

    The `client_id` path parameter and `client_attendances_statistic` resource
    type are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200 | None:
    """Get Booking User Location Attendance Statistics

     Retrieve attendance counts, financial totals, last successful attendance,
    and deposits for one Booking User in a Location. Statistics remain
    available for a deleted Booking User profile.

    The `client_id` path parameter and `client_attendances_statistic` resource
    type are literal legacy wire names.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetBookingUserLocationAttendanceStatisticsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
