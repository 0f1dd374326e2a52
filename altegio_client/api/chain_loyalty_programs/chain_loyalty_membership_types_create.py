from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_create_body import (
    ChainLoyaltyMembershipTypesCreateBody,
)
from ...models.chain_loyalty_membership_types_read_response_200 import (
    ChainLoyaltyMembershipTypesReadResponse200,
)
from ...models.update_service_links_response_422 import UpdateServiceLinksResponse422
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_membership_types_create"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "chain_loyalty_membership_types_create")
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 201:
        response_201 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 400:
        response_400 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_400

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
        response_422 = UpdateServiceLinksResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
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
) -> Response[ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
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
        Response[ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]
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
) -> ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
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
        ChainLoyaltyMembershipTypesReadResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
