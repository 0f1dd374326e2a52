from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_loyalty_card_transaction_body import (
    CreateLoyaltyCardTransactionBody,
)
from ...models.create_loyalty_card_transaction_response_200 import (
    CreateLoyaltyCardTransactionResponse200,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            chain_id=quote(str(chain_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_chain_loyalty_card_transaction"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "create_chain_loyalty_card_transaction")
    if response.status_code == 200:
        response_200 = CreateLoyaltyCardTransactionResponse200._lazy(response_json(response), parse_ctx)

        return response_200

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
) -> Response[CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_chain_loyalty_card_transaction", exc) from exc
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
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> Response[CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    """Manual withdraw/deposit to loyalty card in chain

     Manual withdraw/deposit to loyalty card in chain

    Args:
        chain_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Manual withdraw/deposit to loyalty card in chain

     Manual withdraw/deposit to loyalty card in chain

    Args:
        chain_id (int):
        card_id (int):
        body (CreateLoyaltyCardTransactionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateLoyaltyCardTransactionResponse200 | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            card_id=card_id,
            client=client,
            body=body,
        )
    ).parsed
