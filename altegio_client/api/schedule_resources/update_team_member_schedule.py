from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
)
from ...models.update_team_member_schedule_body import UpdateTeamMemberScheduleBody
from ...types import UNSET, Response, Unset
from .._operations import update_team_member_schedule as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=path_segment("update_team_member_schedule", "location_id", location_id, int),
            team_member_id=path_segment("update_team_member_schedule", "team_member_id", team_member_id, int),
            start_date=path_segment("update_team_member_schedule", "start_date", start_date, datetime.date),
            end_date=path_segment("update_team_member_schedule", "end_date", end_date, datetime.date),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = cast(Any, None)
    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: OperationClient,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> Response[Any]:
    """Change schedule of a specific team member

    ``PUT /v1/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}``

    Args:
        location_id (int):
        team_member_id (int):
        start_date (datetime.date):
        end_date (datetime.date):
        body (UpdateTeamMemberScheduleBody | Unset):  Example: [{'date':
            '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
            '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
            'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
            '23:15'}]}].

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            start_date,
            end_date,
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
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: OperationClient,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> Any:
    """update_team_member_schedule: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            start_date,
            end_date,
            body=body,
        ),
    )
    return _parsed(client, response)
