from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_create_body import (
    ChainLoyaltyMembershipTypesCreateBody,
)
from ...models.chain_loyalty_membership_types_create_response_200 import (
    ChainLoyaltyMembershipTypesCreateResponse200,
)
from ...models.chain_loyalty_membership_types_create_response_201 import (
    ChainLoyaltyMembershipTypesCreateResponse201,
)
from ...models.chain_loyalty_membership_types_create_response_400 import (
    ChainLoyaltyMembershipTypesCreateResponse400,
)
from ...models.chain_loyalty_membership_types_create_response_401 import (
    ChainLoyaltyMembershipTypesCreateResponse401,
)
from ...models.chain_loyalty_membership_types_create_response_403 import (
    ChainLoyaltyMembershipTypesCreateResponse403,
)
from ...models.chain_loyalty_membership_types_create_response_404 import (
    ChainLoyaltyMembershipTypesCreateResponse404,
)
from ...models.chain_loyalty_membership_types_create_response_422 import (
    ChainLoyaltyMembershipTypesCreateResponse422,
)
from ...types import Response


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("chain_loyalty_membership_types_create", body, ChainLoyaltyMembershipTypesCreateBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=path_segment("chain_loyalty_membership_types_create", "chain_id", chain_id, int),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_membership_types_create"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChainLoyaltyMembershipTypesCreateResponse200
    | ChainLoyaltyMembershipTypesCreateResponse201
    | ChainLoyaltyMembershipTypesCreateResponse400
    | ChainLoyaltyMembershipTypesCreateResponse401
    | ChainLoyaltyMembershipTypesCreateResponse403
    | ChainLoyaltyMembershipTypesCreateResponse404
    | ChainLoyaltyMembershipTypesCreateResponse422
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_membership_types_create")
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesCreateResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 201:
        response_201 = ChainLoyaltyMembershipTypesCreateResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 400:
        response_400 = ChainLoyaltyMembershipTypesCreateResponse400._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = ChainLoyaltyMembershipTypesCreateResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ChainLoyaltyMembershipTypesCreateResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ChainLoyaltyMembershipTypesCreateResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ChainLoyaltyMembershipTypesCreateResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChainLoyaltyMembershipTypesCreateResponse200
    | ChainLoyaltyMembershipTypesCreateResponse201
    | ChainLoyaltyMembershipTypesCreateResponse400
    | ChainLoyaltyMembershipTypesCreateResponse401
    | ChainLoyaltyMembershipTypesCreateResponse403
    | ChainLoyaltyMembershipTypesCreateResponse404
    | ChainLoyaltyMembershipTypesCreateResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_membership_types_create", exc) from exc
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
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> Response[
    ChainLoyaltyMembershipTypesCreateResponse200
    | ChainLoyaltyMembershipTypesCreateResponse201
    | ChainLoyaltyMembershipTypesCreateResponse400
    | ChainLoyaltyMembershipTypesCreateResponse401
    | ChainLoyaltyMembershipTypesCreateResponse403
    | ChainLoyaltyMembershipTypesCreateResponse404
    | ChainLoyaltyMembershipTypesCreateResponse422
]:
    """Create membership type

     Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ChainLoyaltyMembershipTypesCreateResponse400 | ChainLoyaltyMembershipTypesCreateResponse401 | ChainLoyaltyMembershipTypesCreateResponse403 | ChainLoyaltyMembershipTypesCreateResponse404 | ChainLoyaltyMembershipTypesCreateResponse422]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> (
    ChainLoyaltyMembershipTypesCreateResponse200
    | ChainLoyaltyMembershipTypesCreateResponse201
    | ChainLoyaltyMembershipTypesCreateResponse400
    | ChainLoyaltyMembershipTypesCreateResponse401
    | ChainLoyaltyMembershipTypesCreateResponse403
    | ChainLoyaltyMembershipTypesCreateResponse404
    | ChainLoyaltyMembershipTypesCreateResponse422
    | None
):
    """Create membership type

     Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        body (ChainLoyaltyMembershipTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | ChainLoyaltyMembershipTypesCreateResponse400 | ChainLoyaltyMembershipTypesCreateResponse401 | ChainLoyaltyMembershipTypesCreateResponse403 | ChainLoyaltyMembershipTypesCreateResponse404 | ChainLoyaltyMembershipTypesCreateResponse422
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
