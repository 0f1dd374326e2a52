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
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200 import (
    SetTeamMemberScheduleResponse200,
)
from ...types import Response
from .._operations import set_team_member_schedule as OPERATION

if TYPE_CHECKING:
    from ...models.set_team_member_schedule_response_200_data_item import (
        SetTeamMemberScheduleResponse200DataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, SetTeamMemberScheduleBody)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}/staff/schedule".format(
            location_id=path_segment("set_team_member_schedule", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SetTeamMemberScheduleResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = SetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = SetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> SetTeamMemberScheduleResponse200:
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
    body: SetTeamMemberScheduleBody,
) -> Response[SetTeamMemberScheduleResponse200]:
    """Set team member schedules

    ``PUT /v1/company/{location_id}/staff/schedule``

    Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SetTeamMemberScheduleResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: SetTeamMemberScheduleBody,
) -> SetTeamMemberScheduleResponse200:
    """set_team_member_schedule: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: SetTeamMemberScheduleBody,
) -> list[SetTeamMemberScheduleResponse200DataItem]:
    """set_team_member_schedule: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
