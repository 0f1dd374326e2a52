from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    response_json,
)
from ...models.marketplace_notification_settings_callback_body import (
    MarketplaceNotificationSettingsCallbackBody,
)
from ...models.marketplace_notification_settings_redirect_callback_response_200 import (
    MarketplaceNotificationSettingsRedirectCallbackResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import (
    marketplace_notification_settings_redirect_callback as OPERATION,
)

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/partner/callback/redirect",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MarketplaceNotificationSettingsRedirectCallbackResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = MarketplaceNotificationSettingsRedirectCallbackResponse200._lazy(
            response_json(response), parse_ctx
        )

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = MarketplaceNotificationSettingsRedirectCallbackResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(
    client: OperationClient, response: httpx.Response
) -> MarketplaceNotificationSettingsRedirectCallbackResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> Response[MarketplaceNotificationSettingsRedirectCallbackResponse200]:
    """Redirect URL after user registration with the partner service

    ``POST /marketplace/partner/callback/redirect``

    After completing registration, the user must be redirected to this URL in the browser, along with
    any required data needed by the partner service.

    Args:
        body (MarketplaceNotificationSettingsCallbackBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[MarketplaceNotificationSettingsRedirectCallbackResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
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
    *,
    client: OperationClient,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> MarketplaceNotificationSettingsRedirectCallbackResponse200:
    """marketplace_notification_settings_redirect_callback: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
