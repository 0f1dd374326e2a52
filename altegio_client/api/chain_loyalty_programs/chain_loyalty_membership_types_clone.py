from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_read_response_200 import (
    ChainLoyaltyMembershipTypesReadResponse200,
)
from ...models.chain_loyalty_memberships_unfreeze_body import (
    ChainLoyaltyMembershipsUnfreezeBody,
)
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_membership_type_id=quote(str(loyalty_membership_type_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_membership_types_clone"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "chain_loyalty_membership_types_clone")
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 201:
        response_201 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_201

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
) -> Response[ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_membership_types_clone", exc) from exc
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
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> Response[ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    """Clone membership type

     Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    """Clone membership type

     Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyMembershipTypesReadResponse200 | GetTagResponse401 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
        )
    ).parsed
