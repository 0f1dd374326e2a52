from __future__ import annotations

import datetime
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
from ...models.get_team_member_schedule_list_include_item import (
    GetTeamMemberScheduleListIncludeItem,
)
from ...models.get_team_member_schedule_list_response_200 import (
    GetTeamMemberScheduleListResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import get_team_member_schedule_list as OPERATION

if TYPE_CHECKING:
    from ...models.schedule import Schedule
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids[]"] = json_staff_ids

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
        "url": "/v1/company/{location_id}/staff/schedule".format(
            location_id=path_segment("get_team_member_schedule_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTeamMemberScheduleListResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTeamMemberScheduleListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTeamMemberScheduleListResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTeamMemberScheduleListResponse200:
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> Response[GetTeamMemberScheduleListResponse200]:
    """Get team member schedules

    ``GET /v1/company/{location_id}/staff/schedule``

    Retrieves work schedules for team members as working intervals.

    Optionally includes:
    - Busy intervals (appointments and events)
    - Off-day type identifiers

    **Query Parameters:**
    - `start_date` / `end_date` - Date range for schedule search
    - `staff_ids[]` - Filter by specific team members
    - `include[]` - Include additional data (busy_intervals, off_day_type)

    Args:
        location_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        staff_ids (list[int] | Unset):
        include (list[GetTeamMemberScheduleListIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTeamMemberScheduleListResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> GetTeamMemberScheduleListResponse200:
    """get_team_member_schedule_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> list[Schedule]:
    """get_team_member_schedule_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
