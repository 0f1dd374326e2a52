import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_team_member_schedule_list_include_item import (
    GetTeamMemberScheduleListIncludeItem,
)
from ...models.get_team_member_schedule_list_response_200 import (
    GetTeamMemberScheduleListResponse200,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response, Unset


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

    params["staff_ids"] = json_staff_ids

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/staff/schedule".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_team_member_schedule_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTeamMemberScheduleListResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "get_team_member_schedule_list")
    if response.status_code == 200:
        response_200 = GetTeamMemberScheduleListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTeamMemberScheduleListResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_team_member_schedule_list", exc) from exc
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> Response[GetTeamMemberScheduleListResponse200 | UpdateTagResponse401]:
    """Get team member schedules

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamMemberScheduleListResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        staff_ids=staff_ids,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
) -> GetTeamMemberScheduleListResponse200 | UpdateTagResponse401 | None:
    """Get team member schedules

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamMemberScheduleListResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
        )
    ).parsed
