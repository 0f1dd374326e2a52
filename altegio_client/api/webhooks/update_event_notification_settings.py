from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.hooks_settings_response_data_types import HooksSettingsResponseDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.update_event_notification_settings_body import (
    UpdateEventNotificationSettingsBody,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/hooks_settings/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_event_notification_settings"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_event_notification_settings")
    if response.status_code == 201:
        response_201 = HooksSettingsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_event_notification_settings", exc) from exc
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
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> Response[HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Change Event Notification Settings

    Args:
        location_id (int):
        body (UpdateEventNotificationSettingsBody | Unset):  Example: {'urls':
            ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0,
            'service': 1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale':
            1, 'goods_operations_receipt': 1, 'goods_operations_consumable': 1,
            'goods_operations_stolen': 1, 'goods_operations_move': 1, 'finances_operation': 1,
            'self_sending': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
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
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Change Event Notification Settings

    Args:
        location_id (int):
        body (UpdateEventNotificationSettingsBody | Unset):  Example: {'urls':
            ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0,
            'service': 1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale':
            1, 'goods_operations_receipt': 1, 'goods_operations_consumable': 1,
            'goods_operations_stolen': 1, 'goods_operations_move': 1, 'finances_operation': 1,
            'self_sending': 0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HooksSettingsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
