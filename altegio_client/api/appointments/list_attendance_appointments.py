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
from ...models.include_item import IncludeItem
from ...models.list_attendance_appointments_response_200 import (
    ListAttendanceAppointmentsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    attendance_id: str,
    *,
    include: list[IncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasinclude_item_data in include:
            componentsschemasinclude_item: str = componentsschemasinclude_item_data
            json_include.append(componentsschemasinclude_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendances/{attendance_id}/appointments".format(
            location_id=path_segment("list_attendance_appointments", "location_id", location_id, int),
            attendance_id=path_segment("list_attendance_appointments", "attendance_id", attendance_id, str),
        ),
        "extensions": {"altegio_operation": "list_attendance_appointments"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    parse_ctx = ParseContext(response, "list_attendance_appointments")
    if response.status_code == 200:
        response_200 = ListAttendanceAppointmentsResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListAttendanceAppointmentsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_attendance_appointments", exc) from exc
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
    attendance_id: str,
    *,
    client: AuthenticatedClient,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListAttendanceAppointmentsResponse200]:
    """List Attendance Appointments

     Retrieve Appointments grouped under one attendance identifier as JSON:API
    resource objects.

    Use `record_{appointment_id}` to retrieve the group containing one
    Appointment, or `visit_{visit_id}` to retrieve all Appointments linked to
    one visit. The `attendance_id` path parameter and both prefixes are literal
    wire values.

    Related data can be requested by repeating the `include` parameter. Wire
    values remain literal API keys: `client` identifies Booking User data,
    `staff` identifies Team Member data, and `goods` identifies Products.
    Custom Field Value includes require the corresponding Business User
    permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAttendanceAppointmentsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        attendance_id=attendance_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    attendance_id: str,
    *,
    client: AuthenticatedClient,
    include: list[IncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    """List Attendance Appointments

     Retrieve Appointments grouped under one attendance identifier as JSON:API
    resource objects.

    Use `record_{appointment_id}` to retrieve the group containing one
    Appointment, or `visit_{visit_id}` to retrieve all Appointments linked to
    one visit. The `attendance_id` path parameter and both prefixes are literal
    wire values.

    Related data can be requested by repeating the `include` parameter. Wire
    values remain literal API keys: `client` identifies Booking User data,
    `staff` identifies Team Member data, and `goods` identifies Products.
    Custom Field Value includes require the corresponding Business User
    permissions.

    Args:
        location_id (int):
        attendance_id (str):  Example: record_12345.
        include (list[IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAttendanceAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            attendance_id=attendance_id,
            client=client,
            include=include,
        )
    ).parsed
