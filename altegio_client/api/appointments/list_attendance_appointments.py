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
from ...models.include_item import IncludeItem
from ...models.list_attendance_appointments_response_200 import (
    ListAttendanceAppointmentsResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_attendance_appointments as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_resource import AppointmentResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendances/{attendance_id}/appointments".format(
            location_id=path_segment("list_attendance_appointments", "location_id", location_id, int),
            attendance_id=path_segment("list_attendance_appointments", "attendance_id", attendance_id, str),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListAttendanceAppointmentsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListAttendanceAppointmentsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListAttendanceAppointmentsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListAttendanceAppointmentsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    attendance_id: str,
    *,
    client: OperationClient,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ListAttendanceAppointmentsResponse200]:
    """List Attendance Appointments

    ``GET /v2/locations/{location_id}/attendances/{attendance_id}/appointments``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListAttendanceAppointmentsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_id,
            include=include,
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
    attendance_id: str,
    *,
    client: OperationClient,
    include: list[IncludeItem] | Unset = UNSET,
) -> ListAttendanceAppointmentsResponse200:
    """list_attendance_appointments: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    attendance_id: str,
    *,
    client: OperationClient,
    include: list[IncludeItem] | Unset = UNSET,
) -> list[AppointmentResource]:
    """list_attendance_appointments: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
