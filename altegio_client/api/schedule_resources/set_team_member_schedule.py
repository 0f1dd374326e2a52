from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
from ...models.set_team_member_schedule_response_200 import (
    SetTeamMemberScheduleResponse200,
)
from ...models.update_service_links_response_422 import UpdateServiceLinksResponse422
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: SetTeamMemberScheduleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}/staff/schedule".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "set_team_member_schedule"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "set_team_member_schedule")
    if response.status_code == 200:
        response_200 = SetTeamMemberScheduleResponse200._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = UpdateServiceLinksResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
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
) -> Response[SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
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
        Response[SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]
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
) -> SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
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
        SetTeamMemberScheduleResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
