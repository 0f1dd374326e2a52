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
    require_body,
    response_json,
)
from ...models.delete_timetable_appointment_body import DeleteTimetableAppointmentBody
from ...models.include_item import IncludeItem
from ...models.list_attendance_appointments_response_200 import (
    ListAttendanceAppointmentsResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import delete_timetable_appointment as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_resource import AppointmentResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasinclude_item_data in include:
            componentsschemasinclude_item: str = componentsschemasinclude_item_data
            json_include.append(componentsschemasinclude_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body(OPERATION.name, body, DeleteTimetableAppointmentBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/locations/{location_id}/timetable/appointments/delete".format(
            location_id=path_segment("delete_timetable_appointment", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: OperationClient,
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ListAttendanceAppointmentsResponse200]:
    """Delete Timetable Appointment

    ``POST /v2/locations/{location_id}/timetable/appointments/delete``

    Delete one Appointment from the timetable by its `recordId` wire field.

    If the deleted Appointment belongs to a linked visit, the response returns
    the remaining related Appointments as a JSON:API collection. Deleting an
    Appointment without related Appointments returns an empty `data` array.

    Args:
        location_id (int):
        include (list[IncludeItem] | Unset):
        body (DeleteTimetableAppointmentBody):

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
            body=body,
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
    *,
    client: OperationClient,
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> ListAttendanceAppointmentsResponse200:
    """delete_timetable_appointment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> list[AppointmentResource]:
    """delete_timetable_appointment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
