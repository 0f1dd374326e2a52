import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.update_team_member_schedule_body import UpdateTeamMemberScheduleBody
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
            start_date=quote(str(start_date), safe=""),
            end_date=quote(str(end_date), safe=""),
        ),
        "extensions": {"altegio_operation": "update_team_member_schedule"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_team_member_schedule")
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_team_member_schedule", exc) from exc
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
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Change schedule of a specific team member

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        start_date=start_date,
        end_date=end_date,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    start_date: datetime.date,
    end_date: datetime.date,
    *,
    client: AuthenticatedClient,
    body: UpdateTeamMemberScheduleBody | Unset = UNSET,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Change schedule of a specific team member

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=client,
            body=body,
        )
    ).parsed
