from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=quote(str(phone), safe=""),
            chain_id=quote(str(chain_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_loyalty_card_list_by_phone"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_loyalty_card_list_by_phone")
    if response.status_code == 200:
        response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_loyalty_card_list_by_phone", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Customer Cards by Phone Number

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Customer Cards by Phone Number

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
            client=client,
        )
    ).parsed
