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
from ...models.create_timetable_schedule_day_response_201 import (
    CreateTimetableScheduleDayResponse201,
)
from ...models.include_for_day_item import IncludeForDayItem
from ...models.update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
from ...types import UNSET, Response, Unset
from .._operations import update_timetable_schedule_day as OPERATION

if TYPE_CHECKING:
    from ...models.timetable_event_schedule_day import TimetableEventScheduleDay
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
        "method": "patch",
        "url": "/v1/company/{location_id}/schedules/{schedule_id}/days/{day_id}".format(
            location_id=path_segment("update_timetable_schedule_day", "location_id", location_id, int),
            schedule_id=path_segment("update_timetable_schedule_day", "schedule_id", schedule_id, int),
            day_id=path_segment("update_timetable_schedule_day", "day_id", day_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateTimetableScheduleDayResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CreateTimetableScheduleDayResponse201._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CreateTimetableScheduleDayResponse201._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CreateTimetableScheduleDayResponse201:
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
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> Response[CreateTimetableScheduleDayResponse201]:
    """Update a schedule series

    ``PATCH /v1/company/{location_id}/schedules/{schedule_id}/days/{day_id}``

    Updates the settings of a schedule series for appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        day_id (int):
        include (list[IncludeForDayItem] | Unset):
        body (UpdateTimetableScheduleDayBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreateTimetableScheduleDayResponse201]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
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
    schedule_id: int,
    day_id: int,
    *,
    client: OperationClient,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> CreateTimetableScheduleDayResponse201:
    """update_timetable_schedule_day: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    schedule_id: int,
    day_id: int,
    *,
    client: OperationClient,
    body: UpdateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> TimetableEventScheduleDay:
    """update_timetable_schedule_day: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            schedule_id,
            day_id,
            body=body,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
