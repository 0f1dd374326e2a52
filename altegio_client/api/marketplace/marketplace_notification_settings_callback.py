from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.marketplace_notification_settings_callback_body import (
    MarketplaceNotificationSettingsCallbackBody,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/partner/callback",
        "extensions": {"altegio_operation": "marketplace_notification_settings_callback"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UnauthorizedResponse401 | UnprocessableEntityResponse422 | None:
    parse_ctx = ParseContext(response, "marketplace_notification_settings_callback")
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UnauthorizedResponse401 | UnprocessableEntityResponse422]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "marketplace_notification_settings_callback", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> Response[Any | UnauthorizedResponse401 | UnprocessableEntityResponse422]:
    """Application Installation for a Location

     The integration settings of the partner service must be sent to this address. Once received, the
    application will be configured and installed for the corresponding location.

    Args:
        body (MarketplaceNotificationSettingsCallbackBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarketplaceNotificationSettingsCallbackBody | Unset = UNSET,
) -> Any | UnauthorizedResponse401 | UnprocessableEntityResponse422 | None:
    """Application Installation for a Location

     The integration settings of the partner service must be sent to this address. Once received, the
    application will be configured and installed for the corresponding location.

    Args:
        body (MarketplaceNotificationSettingsCallbackBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
