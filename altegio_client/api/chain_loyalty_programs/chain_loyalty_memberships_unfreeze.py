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
from ...models.chain_loyalty_memberships_unfreeze_body import (
    ChainLoyaltyMembershipsUnfreezeBody,
)
from ...models.chain_loyalty_memberships_unfreeze_response_200 import (
    ChainLoyaltyMembershipsUnfreezeResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import chain_loyalty_memberships_unfreeze as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_memberships_unfreeze_response_200_data import (
        ChainLoyaltyMembershipsUnfreezeResponse200Data,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze".format(
            chain_id=path_segment("chain_loyalty_memberships_unfreeze", "chain_id", chain_id, int),
            membership_id=path_segment("chain_loyalty_memberships_unfreeze", "membership_id", membership_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyMembershipsUnfreezeResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipsUnfreezeResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyMembershipsUnfreezeResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyMembershipsUnfreezeResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    membership_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> Response[ChainLoyaltyMembershipsUnfreezeResponse200]:
    """Unfreeze membership

    ``POST /v1/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze``

    Removes the freeze from a subscription (membership).

    The subscription's expiration date will remain extended by the freeze period
    that was already applied during the freeze.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyMembershipsUnfreezeResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            membership_id,
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
    membership_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> ChainLoyaltyMembershipsUnfreezeResponse200:
    """chain_loyalty_memberships_unfreeze: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            membership_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    membership_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> ChainLoyaltyMembershipsUnfreezeResponse200Data:
    """chain_loyalty_memberships_unfreeze: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            membership_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
