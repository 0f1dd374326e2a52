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
    response_json,
)
from ...models.loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
from ...types import Response
from .._operations import get_loyalty_card_list_by_phone as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=path_segment("get_loyalty_card_list_by_phone", "phone", phone, str),
            chain_id=path_segment("get_loyalty_card_list_by_phone", "chain_id", chain_id, int),
            location_id=path_segment("get_loyalty_card_list_by_phone", "location_id", location_id, int),
        ),
    }

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
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: OperationClient,
) -> Response[LoyaltyCardsResponseDataTypes]:
    """Get a List of Customer Cards by Phone Number

    ``GET /v1/loyalty/cards/{phone}/{chain_id}/{location_id}``

    Returns a list of customer cards with programs that are active in this location

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Loyalty card ID
    |
    | balance          | decimal | Loyalty card balance
    |
    | paid_amount      | decimal | Amount "Paid"
    |
    | sold_amount      | decimal | Amount "Sold"
    |
    | visits_count     | int     | Number of visits
    |
    | number           | string  | Card number
    |
    | type_id          | int     | Loyalty card type identifier
    |
    | salon_group_id   | int     | ID of the chain where the card was created
    |
    | type             | object  | Object that contains the "id" and "title" fields: card type
    identifier and name             |
    | salon_group      | object  | Object that contains the "id" and "title" fields: identifier of the
    chain where the card type was created and the name of this chain |
    | programs         | array   | Array with information about promotions linked to a loyalty card
    |
    | rules            | array   | Array with information about the rules configured in the action
    |

    The programs array consists of objects with the following fields:

    | Attribute         | Type    | Description                                   |
    |-------------------|---------|-----------------------------------------------|
    | id                | int     | Promotion ID                                  |
    | title             | string  | Action name                                   |
    | loyalty_type_id   | int     | Promotion type ID                             |
    | item_type_id      | int     | Is cashback accrued from products             |
    | value_unit_id     | int     | Bonus field — Discount % or Fixed amount      |
    | group_id          | int     | ID of the chain where the action was created  |
    | loyalty_type      | object  | Object with information about the action      |

    The rules array consists of objects with the following fields:

    | Attribute           | Type    | Description                                                  |
    |---------------------|---------|--------------------------------------------------------------|
    | id                  | int     | Rule ID                                                      |
    | loyalty_program_id  | int     | Identifier of the promotion to which the rule is attached    |
    | loyalty_type_id     | int     | Promotion type ID                                            |
    | value               | decimal | Value from which the rule will work                          |

    Args:
        phone (str):
        chain_id (int):
        location_id (int):

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
            phone,
            chain_id,
            location_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: OperationClient,
) -> LoyaltyCardsResponseDataTypes:
    """get_loyalty_card_list_by_phone: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            phone,
            chain_id,
            location_id,
        ),
    )
    return _parsed(client, response)
