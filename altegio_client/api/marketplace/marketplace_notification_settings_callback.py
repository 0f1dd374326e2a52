from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
)
from ...models.marketplace_notification_settings_callback_body import (
    MarketplaceNotificationSettingsCallbackBody,
)
from ...types import UNSET, Response, Unset
from .._operations import marketplace_notification_settings_callback as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/partner/callback",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = cast(Any, None)
    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
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
) -> Response[Any]:
    """Application Installation for a Location

    ``POST /marketplace/partner/callback``

    The integration settings of the partner service must be sent to this address. Once received, the
    application will be configured and installed for the corresponding location.

    Args:
        body (MarketplaceNotificationSettingsCallbackBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
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
) -> Any:
    """marketplace_notification_settings_callback: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
