from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.delete_timetable_appointment_body import DeleteTimetableAppointmentBody
from ...models.error_response import ErrorResponse
from ...models.include_item import IncludeItem
from ...models.list_attendance_appointments_response_200 import (
    ListAttendanceAppointmentsResponse200,
)
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/locations/{location_id}/timetable/appointments/delete".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "delete_timetable_appointment"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    parse_ctx = ParseContext(response, "delete_timetable_appointment")
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
        raise ResponseSchemaError(response, "delete_timetable_appointment", exc) from exc
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
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListAttendanceAppointmentsResponse200]:
    """Delete Timetable Appointment

     Delete one Appointment from the timetable by its `recordId` wire field.

    If the deleted Appointment belongs to a linked visit, the response returns
    the remaining related Appointments as a JSON:API collection. Deleting an
    Appointment without related Appointments returns an empty `data` array.

    Args:
        location_id (int):
        include (list[IncludeItem] | Unset):
        body (DeleteTimetableAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAttendanceAppointmentsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: DeleteTimetableAppointmentBody,
    include: list[IncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListAttendanceAppointmentsResponse200 | None:
    """Delete Timetable Appointment

     Delete one Appointment from the timetable by its `recordId` wire field.

    If the deleted Appointment belongs to a linked visit, the response returns
    the remaining related Appointments as a JSON:API collection. Deleting an
    Appointment without related Appointments returns an empty `data` array.

    Args:
        location_id (int):
        include (list[IncludeItem] | Unset):
        body (DeleteTimetableAppointmentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAttendanceAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
