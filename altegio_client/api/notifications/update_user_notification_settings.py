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
from ...models.notification_settings_users_data_type import (
    NotificationSettingsUsersDataType,
)
from ...models.notification_settings_users_request_data_type import (
    NotificationSettingsUsersRequestDataType,
)
from ...types import Response
from .._operations import update_user_notification_settings as OPERATION

if TYPE_CHECKING:
    from ...models.notification_settings_users_data_type_data import (
        NotificationSettingsUsersDataTypeData,
    )

    pass


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: NotificationSettingsUsersRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, NotificationSettingsUsersRequestDataType)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/notification_settings/{location_id}/users/{user_id}".format(
            location_id=path_segment("update_user_notification_settings", "location_id", location_id, int),
            user_id=path_segment("update_user_notification_settings", "user_id", user_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationSettingsUsersDataType:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = NotificationSettingsUsersDataType._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = NotificationSettingsUsersDataType._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> NotificationSettingsUsersDataType:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    client: OperationClient,
    body: NotificationSettingsUsersRequestDataType,
) -> Response[NotificationSettingsUsersDataType]:
    """Change User Push Notification Settings

    ``POST /v1/notification_settings/{location_id}/users/{user_id}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[NotificationSettingsUsersDataType]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
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
    user_id: int,
    *,
    client: OperationClient,
    body: NotificationSettingsUsersRequestDataType,
) -> NotificationSettingsUsersDataType:
    """update_user_notification_settings: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    user_id: int,
    *,
    client: OperationClient,
    body: NotificationSettingsUsersRequestDataType,
) -> NotificationSettingsUsersDataTypeData:
    """update_user_notification_settings: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
