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
from ...models.notification_settings_users_data_type import (
    NotificationSettingsUsersDataType,
)
from ...models.notification_settings_users_request_data_type import (
    NotificationSettingsUsersRequestDataType,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: NotificationSettingsUsersRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/notification_settings/{location_id}/users/{user_id}".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_user_notification_settings"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_user_notification_settings")
    if response.status_code == 200:
        response_200 = NotificationSettingsUsersDataType._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_user_notification_settings", exc) from exc
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
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: NotificationSettingsUsersRequestDataType,
) -> Response[NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401]:
    """Change User Push Notification Settings

     The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    Args:
        location_id (int):
        user_id (int):
        body (NotificationSettingsUsersRequestDataType): Change User Push Notification Settings
            Example: {'notification_types': [{'type': 'record_create_online_admin', 'channels':
            {'push': 1}}, {'type': 'record_create_offline_admin', 'channels': {'push': 1}}, {'type':
            'record_delete_admin', 'channels': {'push': 1}}, {'type': 'record_move_admin', 'channels':
            {'push': 1}}, {'type': 'license_expire', 'channels': {'push': 1}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: NotificationSettingsUsersRequestDataType,
) -> NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401 | None:
    """Change User Push Notification Settings

     The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    Args:
        location_id (int):
        user_id (int):
        body (NotificationSettingsUsersRequestDataType): Change User Push Notification Settings
            Example: {'notification_types': [{'type': 'record_create_online_admin', 'channels':
            {'push': 1}}, {'type': 'record_create_offline_admin', 'channels': {'push': 1}}, {'type':
            'record_delete_admin', 'channels': {'push': 1}}, {'type': 'record_move_admin', 'channels':
            {'push': 1}}, {'type': 'license_expire', 'channels': {'push': 1}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | NotificationSettingsUsersDataType | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
