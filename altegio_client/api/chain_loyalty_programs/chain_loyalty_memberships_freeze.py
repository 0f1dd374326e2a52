from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_memberships_freeze_body import (
    ChainLoyaltyMembershipsFreezeBody,
)
from ...models.chain_loyalty_memberships_freeze_response_200 import (
    ChainLoyaltyMembershipsFreezeResponse200,
)
from ...models.chain_loyalty_memberships_freeze_response_400 import (
    ChainLoyaltyMembershipsFreezeResponse400,
)
from ...models.chain_loyalty_memberships_freeze_response_401 import (
    ChainLoyaltyMembershipsFreezeResponse401,
)
from ...models.chain_loyalty_memberships_freeze_response_403 import (
    ChainLoyaltyMembershipsFreezeResponse403,
)
from ...models.chain_loyalty_memberships_freeze_response_404 import (
    ChainLoyaltyMembershipsFreezeResponse404,
)
from ...models.chain_loyalty_memberships_freeze_response_422 import (
    ChainLoyaltyMembershipsFreezeResponse422,
)
from ...types import Response


def _get_kwargs(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("chain_loyalty_memberships_freeze", body, ChainLoyaltyMembershipsFreezeBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonements/{membership_id}/freeze".format(
            chain_id=path_segment("chain_loyalty_memberships_freeze", "chain_id", chain_id, int),
            membership_id=path_segment("chain_loyalty_memberships_freeze", "membership_id", membership_id, int),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_memberships_freeze"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChainLoyaltyMembershipsFreezeResponse200
    | ChainLoyaltyMembershipsFreezeResponse400
    | ChainLoyaltyMembershipsFreezeResponse401
    | ChainLoyaltyMembershipsFreezeResponse403
    | ChainLoyaltyMembershipsFreezeResponse404
    | ChainLoyaltyMembershipsFreezeResponse422
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_memberships_freeze")
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipsFreezeResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = ChainLoyaltyMembershipsFreezeResponse400._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = ChainLoyaltyMembershipsFreezeResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ChainLoyaltyMembershipsFreezeResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ChainLoyaltyMembershipsFreezeResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ChainLoyaltyMembershipsFreezeResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChainLoyaltyMembershipsFreezeResponse200
    | ChainLoyaltyMembershipsFreezeResponse400
    | ChainLoyaltyMembershipsFreezeResponse401
    | ChainLoyaltyMembershipsFreezeResponse403
    | ChainLoyaltyMembershipsFreezeResponse404
    | ChainLoyaltyMembershipsFreezeResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_memberships_freeze", exc) from exc
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
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> Response[
    ChainLoyaltyMembershipsFreezeResponse200
    | ChainLoyaltyMembershipsFreezeResponse400
    | ChainLoyaltyMembershipsFreezeResponse401
    | ChainLoyaltyMembershipsFreezeResponse403
    | ChainLoyaltyMembershipsFreezeResponse404
    | ChainLoyaltyMembershipsFreezeResponse422
]:
    """Freeze membership

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipsFreezeResponse200 | ChainLoyaltyMembershipsFreezeResponse400 | ChainLoyaltyMembershipsFreezeResponse401 | ChainLoyaltyMembershipsFreezeResponse403 | ChainLoyaltyMembershipsFreezeResponse404 | ChainLoyaltyMembershipsFreezeResponse422]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        membership_id=membership_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsFreezeBody,
) -> (
    ChainLoyaltyMembershipsFreezeResponse200
    | ChainLoyaltyMembershipsFreezeResponse400
    | ChainLoyaltyMembershipsFreezeResponse401
    | ChainLoyaltyMembershipsFreezeResponse403
    | ChainLoyaltyMembershipsFreezeResponse404
    | ChainLoyaltyMembershipsFreezeResponse422
    | None
):
    """Freeze membership

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipsFreezeResponse200 | ChainLoyaltyMembershipsFreezeResponse400 | ChainLoyaltyMembershipsFreezeResponse401 | ChainLoyaltyMembershipsFreezeResponse403 | ChainLoyaltyMembershipsFreezeResponse404 | ChainLoyaltyMembershipsFreezeResponse422
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            membership_id=membership_id,
            client=client,
            body=body,
        )
    ).parsed
