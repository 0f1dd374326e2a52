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
from ...models.create_timetable_client_schedule_response_201 import (
    CreateTimetableClientScheduleResponse201,
)
from ...models.update_timetable_client_schedule_body import (
    UpdateTimetableClientScheduleBody,
)
from ...types import UNSET, Response, Unset
from .._operations import update_timetable_client_schedule as OPERATION

if TYPE_CHECKING:
    from ...models.timetable_event_schedule_client_schedule import (
        TimetableEventScheduleClientSchedule,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}".format(
            location_id=path_segment("update_timetable_client_schedule", "location_id", location_id, int),
            schedule_id=path_segment("update_timetable_client_schedule", "schedule_id", schedule_id, int),
            client_schedule_id=path_segment(
                "update_timetable_client_schedule", "client_schedule_id", client_schedule_id, int
            ),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateTimetableClientScheduleResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CreateTimetableClientScheduleResponse201._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CreateTimetableClientScheduleResponse201._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CreateTimetableClientScheduleResponse201:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: OperationClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> Response[CreateTimetableClientScheduleResponse201]:
    """Update Recurring Appointments

    ``PATCH /v1/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}``

    Updates a recurring appointment series by attaching or detaching schedule days. This creates or
    removes future appointments accordingly.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreateTimetableClientScheduleResponse201]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            client_schedule_id,
            body=body,
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
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: OperationClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> CreateTimetableClientScheduleResponse201:
    """update_timetable_client_schedule: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            client_schedule_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: OperationClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> TimetableEventScheduleClientSchedule:
    """update_timetable_client_schedule: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            client_schedule_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
