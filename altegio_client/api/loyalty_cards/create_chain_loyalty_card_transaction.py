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
    path_segment,
    response_json,
)
from ...models.create_loyalty_card_transaction_body import (
    CreateLoyaltyCardTransactionBody,
)
from ...models.create_loyalty_card_transaction_response_200 import (
    CreateLoyaltyCardTransactionResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import create_chain_loyalty_card_transaction as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_card import LoyaltyCard
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    chain_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction".format(
            chain_id=path_segment("create_chain_loyalty_card_transaction", "chain_id", chain_id, int),
            card_id=path_segment("create_chain_loyalty_card_transaction", "card_id", card_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateLoyaltyCardTransactionResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CreateLoyaltyCardTransactionResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CreateLoyaltyCardTransactionResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CreateLoyaltyCardTransactionResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    card_id: int,
    *,
    client: OperationClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> Response[CreateLoyaltyCardTransactionResponse200]:
    """Manual withdraw/deposit to loyalty card in chain

    ``POST /v1/chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction``

    Manual withdraw/deposit to loyalty card in chain

    Args:
        chain_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            card_id,
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
    chain_id: int,
    card_id: int,
    *,
    client: OperationClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> CreateLoyaltyCardTransactionResponse200:
    """create_chain_loyalty_card_transaction: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            card_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    card_id: int,
    *,
    client: OperationClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> LoyaltyCard:
    """create_chain_loyalty_card_transaction: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            card_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
