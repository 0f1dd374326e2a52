from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
    response_json,
)
from ...models.loyalty_cards_request_data_types import LoyaltyCardsRequestDataTypes
from ...models.loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
from ...types import Response
from .._operations import issue_loyalty_card as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    body: LoyaltyCardsRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, LoyaltyCardsRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/loyalty/cards/{location_id}".format(
            location_id=path_segment("issue_loyalty_card", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyCardsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyCardsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: LoyaltyCardsRequestDataTypes,
) -> Response[LoyaltyCardsResponseDataTypes]:
    """Issue a Loyalty Card

    ``POST /v1/loyalty/cards/{location_id}``

    | Attribute | Type | Description |
    |----------------------|--------|----------------- ------------------------------|
    | loyalty_card_number | number | Loyalty card number |
    | loyalty_card_type_id | number | Loyalty card type identifier |
    | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

    Args:
        location_id (int):
        body (LoyaltyCardsRequestDataTypes): Issue a Loyalty Card Example: {'loyalty_card_number':
            '9090909', 'loyalty_card_type_id': '8230', 'phone': 13155550175}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyCardsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: LoyaltyCardsRequestDataTypes,
) -> LoyaltyCardsResponseDataTypes:
    """issue_loyalty_card: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)
