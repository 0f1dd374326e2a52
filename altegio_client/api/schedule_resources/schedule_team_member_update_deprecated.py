from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
)
from ...models.schedule_team_member_update_deprecated_body_item import (
    ScheduleTeamMemberUpdateDeprecatedBodyItem,
)
from ...types import Response
from .._operations import schedule_team_member_update_deprecated as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, list)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/schedule/{location_id}/{team_member_id}".format(
            location_id=path_segment("schedule_team_member_update_deprecated", "location_id", location_id, int),
            team_member_id=path_segment(
                "schedule_team_member_update_deprecated", "team_member_id", team_member_id, int
            ),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

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
    *,
    client: OperationClient,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> Response[Any]:
    """Update team member schedule (deprecated)

    ``PUT /v1/schedule/{location_id}/{team_member_id}``

    **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    Args:
        location_id (int):
        team_member_id (int):
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):

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
    *,
    client: OperationClient,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> Any:
    """schedule_team_member_update_deprecated: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            body=body,
        ),
    )
    return _parsed(client, response)
