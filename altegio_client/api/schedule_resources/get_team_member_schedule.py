from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.get_team_member_schedule_response_200 import (
    GetTeamMemberScheduleResponse200,
)
from ...types import Response
from .._operations import get_team_member_schedule as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    start_date: float,
    end_date: float,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}".format(
            location_id=path_segment("get_team_member_schedule", "location_id", location_id, int),
            team_member_id=path_segment("get_team_member_schedule", "team_member_id", team_member_id, int),
            start_date=path_segment("get_team_member_schedule", "start_date", start_date, float),
            end_date=path_segment("get_team_member_schedule", "end_date", end_date, float),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTeamMemberScheduleResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTeamMemberScheduleResponse200:
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
    start_date: float,
    end_date: float,
    *,
    client: OperationClient,
) -> Response[GetTeamMemberScheduleResponse200]:
    """Get schedule of a specific team member

    ``GET /v1/schedule/{location_id}/{team_member_id}/{start_date}/{end_date}``

    Args:
        location_id (int):
        team_member_id (int):
        start_date (float):
        end_date (float):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTeamMemberScheduleResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            start_date,
            end_date,
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
    start_date: float,
    end_date: float,
    *,
    client: OperationClient,
) -> GetTeamMemberScheduleResponse200:
    """get_team_member_schedule: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            start_date,
            end_date,
        ),
    )
    return _parsed(client, response)
