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
from ...models.list_timetable_schedule_day_events_response_200 import (
    ListTimetableScheduleDayEventsResponse200,
)
from ...types import Response
from .._operations import list_timetable_schedule_day_events as OPERATION

if TYPE_CHECKING:
    from ...models.timetable_event_schedule_event import TimetableEventScheduleEvent

    pass


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events".format(
            location_id=path_segment("list_timetable_schedule_day_events", "location_id", location_id, int),
            schedule_id=path_segment("list_timetable_schedule_day_events", "schedule_id", schedule_id, int),
            day_id=path_segment("list_timetable_schedule_day_events", "day_id", day_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListTimetableScheduleDayEventsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListTimetableScheduleDayEventsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListTimetableScheduleDayEventsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListTimetableScheduleDayEventsResponse200:
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
    day_id: int,
    *,
    client: OperationClient,
) -> Response[ListTimetableScheduleDayEventsResponse200]:
    """Get a List of Scheduled Appointments and Events

    ``GET /v1/company/{location_id}/schedules/{schedule_id}/days/{day_id}/events``

    Prints  a list of events of scheduled records/activities.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListTimetableScheduleDayEventsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
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
    day_id: int,
    *,
    client: OperationClient,
) -> ListTimetableScheduleDayEventsResponse200:
    """list_timetable_schedule_day_events: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: OperationClient,
) -> list[TimetableEventScheduleEvent]:
    """list_timetable_schedule_day_events: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
