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
from ...models.event_appointment_item_response import EventAppointmentItemResponse
from ...models.event_appointment_reschedule_request import (
    EventAppointmentRescheduleRequest,
)
from ...models.include_item import IncludeItem
from ...types import UNSET, Response, Unset
from .._operations import reschedule_event_appointment as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_resource import AppointmentResource

    pass


def _get_kwargs(
    location_id: int,
    event_id: int,
    record_id: int,
    *,
    body: EventAppointmentRescheduleRequest,
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

    require_body(OPERATION.name, body, EventAppointmentRescheduleRequest)
    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/locations/{location_id}/events/{event_id}/appointments/{record_id}".format(
            location_id=path_segment("reschedule_event_appointment", "location_id", location_id, int),
            event_id=path_segment("reschedule_event_appointment", "event_id", event_id, int),
            record_id=path_segment("reschedule_event_appointment", "record_id", record_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventAppointmentItemResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = EventAppointmentItemResponse._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = EventAppointmentItemResponse._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> EventAppointmentItemResponse:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: EventAppointmentRescheduleRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[EventAppointmentItemResponse]:
    """Reschedule Event Appointment

    ``PATCH /v2/locations/{location_id}/events/{event_id}/appointments/{record_id}``

    Move an Appointment from this Event to another Event in the same Location.

    Args:
        location_id (int):
        event_id (int):
        record_id (int):
        include (list[IncludeItem] | Unset):
        body (EventAppointmentRescheduleRequest):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[EventAppointmentItemResponse]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            record_id,
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
    event_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: EventAppointmentRescheduleRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> EventAppointmentItemResponse:
    """reschedule_event_appointment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            record_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    event_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: EventAppointmentRescheduleRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> AppointmentResource:
    """reschedule_event_appointment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            record_id,
            body=body,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
