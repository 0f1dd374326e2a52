from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.tips_setting_response_data_types import TipsSettingResponseDataTypes
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    master_tips_settings_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tips/{location_id}/settings/{master_tips_settings_id}/disable".format(
            location_id=quote(str(location_id), safe=""),
            master_tips_settings_id=quote(str(master_tips_settings_id), safe=""),
        ),
        "extensions": {"altegio_operation": "disable_team_member_tips"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "disable_team_member_tips")
    if response.status_code == 200:
        response_200 = TipsSettingResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

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
) -> Response[NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "disable_team_member_tips", exc) from exc
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
    master_tips_settings_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401]:
    """Disable Tips for the team member

    Args:
        location_id (int):
        master_tips_settings_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        master_tips_settings_id=master_tips_settings_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    master_tips_settings_id: int,
    *,
    client: AuthenticatedClient,
) -> NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401 | None:
    """Disable Tips for the team member

    Args:
        location_id (int):
        master_tips_settings_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TipsSettingResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            master_tips_settings_id=master_tips_settings_id,
            client=client,
        )
    ).parsed
