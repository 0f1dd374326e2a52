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
    require_body,
    response_json,
)
from ...models.chain_loyalty_memberships_freeze_body import (
    ChainLoyaltyMembershipsFreezeBody,
)
from ...models.chain_loyalty_memberships_freeze_response_200 import (
    ChainLoyaltyMembershipsFreezeResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_memberships_freeze as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_memberships_freeze_response_200_data import (
        ChainLoyaltyMembershipsFreezeResponse200Data,
    )

    pass


def _get_kwargs(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyMembershipsFreezeBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze".format(
            chain_id=path_segment("chain_loyalty_memberships_freeze", "chain_id", chain_id, int),
            membership_id=path_segment("chain_loyalty_memberships_freeze", "membership_id", membership_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyMembershipsFreezeResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipsFreezeResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyMembershipsFreezeResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyMembershipsFreezeResponse200:
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
    body: ChainLoyaltyMembershipsFreezeBody,
) -> Response[ChainLoyaltyMembershipsFreezeResponse200]:
    """Freeze membership

    ``POST /v1/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze``

    Freezes a subscription (membership) until the specified date.

    The subscription's expiration date will be extended by the freeze period.
    Frozen subscriptions cannot be used for appointments.

    **Requirements:**
    - Membership type must have `allow_freeze: true`
    - Freeze period must not exceed `freeze_limit` from membership type

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        membership_id (int):
        body (ChainLoyaltyMembershipsFreezeBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyMembershipsFreezeResponse200]: status, headers and the parsed body (low-level).
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
    body: ChainLoyaltyMembershipsFreezeBody,
) -> ChainLoyaltyMembershipsFreezeResponse200:
    """chain_loyalty_memberships_freeze: the parsed body (see ``asyncio_detailed``)."""
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
    body: ChainLoyaltyMembershipsFreezeBody,
) -> ChainLoyaltyMembershipsFreezeResponse200Data:
    """chain_loyalty_memberships_freeze: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            membership_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
