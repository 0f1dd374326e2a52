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
from ...models.get_chain_client_account_history_response_200 import (
    GetChainClientAccountHistoryResponse200,
)
from ...types import Response
from .._operations import get_chain_client_account_history as OPERATION

if TYPE_CHECKING:
    from ...models.get_chain_client_account_history_response_200_data_item import (
        GetChainClientAccountHistoryResponse200DataItem,
    )

    pass


def _get_kwargs(
    chain_id: int,
    deposit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/deposits/{deposit_id}/history".format(
            chain_id=path_segment("get_chain_client_account_history", "chain_id", chain_id, int),
            deposit_id=path_segment("get_chain_client_account_history", "deposit_id", deposit_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetChainClientAccountHistoryResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetChainClientAccountHistoryResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetChainClientAccountHistoryResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetChainClientAccountHistoryResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: OperationClient,
) -> Response[GetChainClientAccountHistoryResponse200]:
    """Get client account transaction history

    ``GET /v1/chain/{chain_id}/deposits/{deposit_id}/history``

    Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetChainClientAccountHistoryResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            deposit_id,
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
    deposit_id: int,
    *,
    client: OperationClient,
) -> GetChainClientAccountHistoryResponse200:
    """get_chain_client_account_history: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            deposit_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    deposit_id: int,
    *,
    client: OperationClient,
) -> list[GetChainClientAccountHistoryResponse200DataItem]:
    """get_chain_client_account_history: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            deposit_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
