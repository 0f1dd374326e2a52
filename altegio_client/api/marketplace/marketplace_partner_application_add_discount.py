from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.marketplace_partner_application_add_discount_body import (
    MarketplacePartnerApplicationAddDiscountBody,
)
from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    *,
    body: MarketplacePartnerApplicationAddDiscountBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/marketplace/application/add_discount",
        "extensions": {"altegio_operation": "marketplace_partner_application_add_discount"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "marketplace_partner_application_add_discount")
    if response.status_code == 200:
        response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "marketplace_partner_application_add_discount", exc) from exc
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
    body: MarketplacePartnerApplicationAddDiscountBody,
) -> Response[GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401]:
    """Set payment discount for locations

     Sets a payment discount for specific locations when they pay through Altegio platform.

    **Note:** This endpoint is intended for marketplace partners only.
    Requires marketplace partner authorization.

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarketplacePartnerApplicationAddDiscountBody,
) -> GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401 | None:
    """Set payment discount for locations

     Sets a payment discount for specific locations when they pay through Altegio platform.

    **Note:** This endpoint is intended for marketplace partners only.
    Requires marketplace partner authorization.

    Args:
        body (MarketplacePartnerApplicationAddDiscountBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse401 | UpdateServiceLinksResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
