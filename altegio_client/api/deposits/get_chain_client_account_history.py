from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_chain_client_account_history_response_200 import (
    GetChainClientAccountHistoryResponse200,
)
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    chain_id: int,
    deposit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/deposits/{deposit_id}/history".format(
            chain_id=quote(str(chain_id), safe=""),
            deposit_id=quote(str(deposit_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_chain_client_account_history"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "get_chain_client_account_history")
    if response.status_code == 200:
        response_200 = GetChainClientAccountHistoryResponse200._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_chain_client_account_history", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    """Get client account transaction history

     Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        deposit_id=deposit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    deposit_id: int,
    *,
    client: AuthenticatedClient,
) -> GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    """Get client account transaction history

     Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        deposit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetChainClientAccountHistoryResponse200 | GetTagResponse401 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            deposit_id=deposit_id,
            client=client,
        )
    ).parsed
