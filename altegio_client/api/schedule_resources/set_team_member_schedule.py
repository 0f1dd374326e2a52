from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200 import (
    SetTeamMemberScheduleResponse200,
)
from ...models.set_team_member_schedule_response_401 import (
    SetTeamMemberScheduleResponse401,
)
from ...models.set_team_member_schedule_response_403 import (
    SetTeamMemberScheduleResponse403,
)
from ...models.set_team_member_schedule_response_404 import (
    SetTeamMemberScheduleResponse404,
)
from ...models.set_team_member_schedule_response_422 import (
    SetTeamMemberScheduleResponse422,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("set_team_member_schedule", body, SetTeamMemberScheduleBody)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}/staff/schedule".format(
            location_id=path_segment("set_team_member_schedule", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "set_team_member_schedule"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SetTeamMemberScheduleResponse200
    | SetTeamMemberScheduleResponse401
    | SetTeamMemberScheduleResponse403
    | SetTeamMemberScheduleResponse404
    | SetTeamMemberScheduleResponse422
    | None
):
    parse_ctx = ParseContext(response, "set_team_member_schedule")
    if response.status_code == 200:
        response_200 = SetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = SetTeamMemberScheduleResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = SetTeamMemberScheduleResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = SetTeamMemberScheduleResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = SetTeamMemberScheduleResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SetTeamMemberScheduleResponse200
    | SetTeamMemberScheduleResponse401
    | SetTeamMemberScheduleResponse403
    | SetTeamMemberScheduleResponse404
    | SetTeamMemberScheduleResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "set_team_member_schedule", exc) from exc
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
    body: SetTeamMemberScheduleBody,
) -> Response[
    SetTeamMemberScheduleResponse200
    | SetTeamMemberScheduleResponse401
    | SetTeamMemberScheduleResponse403
    | SetTeamMemberScheduleResponse404
    | SetTeamMemberScheduleResponse422
]:
    """Set team member schedules

     Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetTeamMemberScheduleResponse200 | SetTeamMemberScheduleResponse401 | SetTeamMemberScheduleResponse403 | SetTeamMemberScheduleResponse404 | SetTeamMemberScheduleResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SetTeamMemberScheduleBody,
) -> (
    SetTeamMemberScheduleResponse200
    | SetTeamMemberScheduleResponse401
    | SetTeamMemberScheduleResponse403
    | SetTeamMemberScheduleResponse404
    | SetTeamMemberScheduleResponse422
    | None
):
    """Set team member schedules

     Sets work schedules for team members by date.

    Supports both setting new schedules and deleting existing ones in a single request.

    Returns the resulting schedules for affected team members within the date range
    from minimum to maximum modified date.

    Args:
        location_id (int):
        body (SetTeamMemberScheduleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetTeamMemberScheduleResponse200 | SetTeamMemberScheduleResponse401 | SetTeamMemberScheduleResponse403 | SetTeamMemberScheduleResponse404 | SetTeamMemberScheduleResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
