from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.schedule_team_member_update_deprecated_body_item import (
    ScheduleTeamMemberUpdateDeprecatedBodyItem,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/schedule/{location_id}/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "extensions": {"altegio_operation": "schedule_team_member_update_deprecated"},
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "schedule_team_member_update_deprecated")
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
) -> Response[Any | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "schedule_team_member_update_deprecated", exc) from exc
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
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> Response[Any | UpdateTagResponse401]:
    """Update team member schedule (deprecated)

     **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    Args:
        location_id (int):
        team_member_id (int):
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
) -> Any | UpdateTagResponse401 | None:
    """Update team member schedule (deprecated)

     **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

    Updates the work schedule for a specific team member.

    Args:
        location_id (int):
        team_member_id (int):
        body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            body=body,
        )
    ).parsed
