from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.marketplace_partner_application_payment_link_response_200 import (
    MarketplacePartnerApplicationPaymentLinkResponse200,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["salon_id"] = salon_id

    params["application_id"] = application_id

    params["discount"] = discount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/marketplace/application/payment_link",
        "extensions": {"altegio_operation": "marketplace_partner_application_payment_link"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "marketplace_partner_application_payment_link")
    if response.status_code == 200:
        response_200 = MarketplacePartnerApplicationPaymentLinkResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "marketplace_partner_application_payment_link", exc) from exc
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
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401]:
    """Generate payment link

     Generates a payment link for application payment through Altegio platform.

    **Note:** For marketplace partners only.

    Args:
        salon_id (int):
        application_id (int):
        discount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        salon_id=salon_id,
        application_id=application_id,
        discount=discount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401 | None:
    """Generate payment link

     Generates a payment link for application payment through Altegio platform.

    **Note:** For marketplace partners only.

    Args:
        salon_id (int):
        application_id (int):
        discount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplacePartnerApplicationPaymentLinkResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        )
    ).parsed
