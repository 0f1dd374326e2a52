from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_delete_response_401 import (
    ChainLoyaltyMembershipTypesDeleteResponse401,
)
from ...models.chain_loyalty_membership_types_delete_response_403 import (
    ChainLoyaltyMembershipTypesDeleteResponse403,
)
from ...models.chain_loyalty_membership_types_delete_response_404 import (
    ChainLoyaltyMembershipTypesDeleteResponse404,
)
from ...models.chain_loyalty_membership_types_delete_response_422 import (
    ChainLoyaltyMembershipTypesDeleteResponse422,
)
from ...types import Response


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}".format(
            chain_id=path_segment("chain_loyalty_membership_types_delete", "chain_id", chain_id, int),
            loyalty_membership_type_id=path_segment(
                "chain_loyalty_membership_types_delete", "loyalty_membership_type_id", loyalty_membership_type_id, int
            ),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_membership_types_delete"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ChainLoyaltyMembershipTypesDeleteResponse401
    | ChainLoyaltyMembershipTypesDeleteResponse403
    | ChainLoyaltyMembershipTypesDeleteResponse404
    | ChainLoyaltyMembershipTypesDeleteResponse422
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_membership_types_delete")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ChainLoyaltyMembershipTypesDeleteResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ChainLoyaltyMembershipTypesDeleteResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ChainLoyaltyMembershipTypesDeleteResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ChainLoyaltyMembershipTypesDeleteResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ChainLoyaltyMembershipTypesDeleteResponse401
    | ChainLoyaltyMembershipTypesDeleteResponse403
    | ChainLoyaltyMembershipTypesDeleteResponse404
    | ChainLoyaltyMembershipTypesDeleteResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_membership_types_delete", exc) from exc
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
) -> Response[
    Any
    | ChainLoyaltyMembershipTypesDeleteResponse401
    | ChainLoyaltyMembershipTypesDeleteResponse403
    | ChainLoyaltyMembershipTypesDeleteResponse404
    | ChainLoyaltyMembershipTypesDeleteResponse422
]:
    """Delete membership type

     Deletes a membership type from the chain.

    **Warning:** This action cannot be undone. Active subscriptions using this type
    may be affected.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainLoyaltyMembershipTypesDeleteResponse401 | ChainLoyaltyMembershipTypesDeleteResponse403 | ChainLoyaltyMembershipTypesDeleteResponse404 | ChainLoyaltyMembershipTypesDeleteResponse422]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ChainLoyaltyMembershipTypesDeleteResponse401
    | ChainLoyaltyMembershipTypesDeleteResponse403
    | ChainLoyaltyMembershipTypesDeleteResponse404
    | ChainLoyaltyMembershipTypesDeleteResponse422
    | None
):
    """Delete membership type

     Deletes a membership type from the chain.

    **Warning:** This action cannot be undone. Active subscriptions using this type
    may be affected.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainLoyaltyMembershipTypesDeleteResponse401 | ChainLoyaltyMembershipTypesDeleteResponse403 | ChainLoyaltyMembershipTypesDeleteResponse404 | ChainLoyaltyMembershipTypesDeleteResponse422
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
        )
    ).parsed
