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
from ...models.loyalty_card_types_response_data_types_item import (
    LoyaltyCardTypesResponseDataTypesItem,
)
from ...types import Response
from .._operations import get_loyalty_card_type_list_for_client as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    phone: float,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/card_types/client/{location_id}/{phone}".format(
            location_id=path_segment("get_loyalty_card_type_list_for_client", "location_id", location_id, int),
            phone=path_segment("get_loyalty_card_type_list_for_client", "phone", phone, float),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCardTypesResponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCardTypesResponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    phone: float,
    *,
    client: OperationClient,
) -> Response[list[LoyaltyCardTypesResponseDataTypesItem]]:
    """Get a List of Card Types Available for Issuance to the Client

    ``GET /v1/loyalty/card_types/client/{location_id}/{phone}``

    Returns a list of card types that are available for issuance to a location client.

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Card type identifier
    |
    | title            | string  | Card type name
    |
    | salon_group_id   | int     | ID of the chain where the card type was created
    |
    | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
    the chain where the card type was created and the name of this chain |

    Args:
        location_id (int):
        phone (float):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[list[LoyaltyCardTypesResponseDataTypesItem]]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            phone,
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
    phone: float,
    *,
    client: OperationClient,
) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    """get_loyalty_card_type_list_for_client: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            phone,
        ),
    )
    return _parsed(client, response)
