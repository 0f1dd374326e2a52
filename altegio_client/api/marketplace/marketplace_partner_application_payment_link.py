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
    response_json,
)
from ...models.marketplace_partner_application_payment_link_response_200 import (
    MarketplacePartnerApplicationPaymentLinkResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import marketplace_partner_application_payment_link as OPERATION

if TYPE_CHECKING:
    from ...models.marketplace_partner_application_payment_link_response_200_data import (
        MarketplacePartnerApplicationPaymentLinkResponse200Data,
    )
    from ...types import UNSET, Unset

    pass


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
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> MarketplacePartnerApplicationPaymentLinkResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = MarketplacePartnerApplicationPaymentLinkResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = MarketplacePartnerApplicationPaymentLinkResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> MarketplacePartnerApplicationPaymentLinkResponse200:
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
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> Response[MarketplacePartnerApplicationPaymentLinkResponse200]:
    """Generate payment link

    ``GET /v1/marketplace/application/payment_link``

    Generates a payment link for application payment through Altegio platform.

    **Note:** For marketplace partners only.

    Args:
        salon_id (int):
        application_id (int):
        discount (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[MarketplacePartnerApplicationPaymentLinkResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
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
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> MarketplacePartnerApplicationPaymentLinkResponse200:
    """marketplace_partner_application_payment_link: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    salon_id: int,
    application_id: int,
    discount: float | Unset = UNSET,
) -> MarketplacePartnerApplicationPaymentLinkResponse200Data:
    """marketplace_partner_application_payment_link: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            application_id=application_id,
            discount=discount,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
