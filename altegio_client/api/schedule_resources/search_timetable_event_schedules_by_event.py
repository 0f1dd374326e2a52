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
from ...models.create_timetable_event_schedule_response_201 import (
    CreateTimetableEventScheduleResponse201,
)
from ...models.entity_type import EntityType
from ...models.include_for_schedule_extended_item import (
    IncludeForScheduleExtendedItem,
)
from ...types import UNSET, Response, Unset
from .._operations import search_timetable_event_schedules_by_event as OPERATION

if TYPE_CHECKING:
    from ...models.timetable_event_schedule import TimetableEventSchedule
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    entity_type: EntityType,
    entity_id: int,
    *,
    include: list[IncludeForScheduleExtendedItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/schedules/search/{entity_type}/{entity_id}".format(
            location_id=path_segment("search_timetable_event_schedules_by_event", "location_id", location_id, int),
            entity_type=path_segment("search_timetable_event_schedules_by_event", "entity_type", entity_type, str),
            entity_id=path_segment("search_timetable_event_schedules_by_event", "entity_id", entity_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CreateTimetableEventScheduleResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CreateTimetableEventScheduleResponse201._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CreateTimetableEventScheduleResponse201._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CreateTimetableEventScheduleResponse201:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    entity_type: EntityType,
    entity_id: int,
    *,
    client: OperationClient,
    include: list[IncludeForScheduleExtendedItem] | Unset = UNSET,
) -> Response[CreateTimetableEventScheduleResponse201]:
    """Search a Schedule by Event

    ``GET /v1/company/{location_id}/schedules/search/{entity_type}/{entity_id}``

    Search for a schedule based on the appointment or event linked to it, or based on the associated
    appointment or event.

    Args:
        location_id (int):
        entity_type (EntityType):
        entity_id (int):
        include (list[IncludeForScheduleExtendedItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreateTimetableEventScheduleResponse201]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity_type,
            entity_id,
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
    entity_type: EntityType,
    entity_id: int,
    *,
    client: OperationClient,
    include: list[IncludeForScheduleExtendedItem] | Unset = UNSET,
) -> CreateTimetableEventScheduleResponse201:
    """search_timetable_event_schedules_by_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity_type,
            entity_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    entity_type: EntityType,
    entity_id: int,
    *,
    client: OperationClient,
    include: list[IncludeForScheduleExtendedItem] | Unset = UNSET,
) -> TimetableEventSchedule:
    """search_timetable_event_schedules_by_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity_type,
            entity_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
