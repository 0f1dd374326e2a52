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
    require_body,
    response_json,
)
from ...models.marketplace_partner_applications_update_channel_body import (
    MarketplacePartnerApplicationsUpdateChannelBody,
)
from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
from ...types import Response
from .._operations import marketplace_partner_applications_update_channel as OPERATION

if TYPE_CHECKING:
    from ...models.json_object import JsonObject

    pass


def _get_kwargs(
    *,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, MarketplacePartnerApplicationsUpdateChannelBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/marketplace/application/update_channel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateServiceLinksResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> UpdateServiceLinksResponse200:
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
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> Response[UpdateServiceLinksResponse200]:
    """Update notification channel availability

    ``POST /v1/marketplace/application/update_channel``

    Updates available notification channels for the application.

    **Note:** Only for Chat Bots and SMS Aggregators category applications.
    For marketplace partners only.

    Args:
        body (MarketplacePartnerApplicationsUpdateChannelBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UpdateServiceLinksResponse200]: status, headers and the parsed body (low-level).
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
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> UpdateServiceLinksResponse200:
    """marketplace_partner_applications_update_channel: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    body: MarketplacePartnerApplicationsUpdateChannelBody,
) -> JsonObject:
    """marketplace_partner_applications_update_channel: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
