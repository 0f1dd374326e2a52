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
from ...models.marketplace_notification_payment_callback_body import (
    MarketplaceNotificationPaymentCallbackBody,
)
from ...models.marketplace_notification_payment_callback_response_200 import (
    MarketplaceNotificationPaymentCallbackResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import marketplace_notification_payment_callback as OPERATION

if TYPE_CHECKING:
    from ...models.marketplace_notification_payment_callback_response_200_data import (
        MarketplaceNotificationPaymentCallbackResponse200Data,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    *,
    body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/partner/payment",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MarketplaceNotificationPaymentCallbackResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = MarketplaceNotificationPaymentCallbackResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = MarketplaceNotificationPaymentCallbackResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> MarketplaceNotificationPaymentCallbackResponse200:
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
    body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
) -> Response[MarketplaceNotificationPaymentCallbackResponse200]:
    """Notify Altegio of Successful Payment

    ``POST /marketplace/partner/payment``

    A webhook notification must be sent to this address to inform Altegio of a successful payment made
    on the partner service’s side.

    Args:
        body (MarketplaceNotificationPaymentCallbackBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[MarketplaceNotificationPaymentCallbackResponse200]: status, headers and the parsed body (low-level).
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
    body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
) -> MarketplaceNotificationPaymentCallbackResponse200:
    """marketplace_notification_payment_callback: the parsed body (see ``asyncio_detailed``)."""
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
    body: MarketplaceNotificationPaymentCallbackBody | Unset = UNSET,
) -> MarketplaceNotificationPaymentCallbackResponse200Data:
    """marketplace_notification_payment_callback: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
