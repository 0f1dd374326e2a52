from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_membership_types_restore_body import (
    ChainLoyaltyMembershipTypesRestoreBody,
)
from ...models.chain_loyalty_membership_types_restore_response_401 import (
    ChainLoyaltyMembershipTypesRestoreResponse401,
)
from ...models.chain_loyalty_membership_types_restore_response_403 import (
    ChainLoyaltyMembershipTypesRestoreResponse403,
)
from ...models.chain_loyalty_membership_types_restore_response_404 import (
    ChainLoyaltyMembershipTypesRestoreResponse404,
)
from ...models.chain_loyalty_membership_types_restore_response_422 import (
    ChainLoyaltyMembershipTypesRestoreResponse422,
)
from ...types import Response


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("chain_loyalty_membership_types_restore", body, ChainLoyaltyMembershipTypesRestoreBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore".format(
            chain_id=path_segment("chain_loyalty_membership_types_restore", "chain_id", chain_id, int),
            loyalty_membership_type_id=path_segment(
                "chain_loyalty_membership_types_restore", "loyalty_membership_type_id", loyalty_membership_type_id, int
            ),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_membership_types_restore"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ChainLoyaltyMembershipTypesRestoreResponse401
    | ChainLoyaltyMembershipTypesRestoreResponse403
    | ChainLoyaltyMembershipTypesRestoreResponse404
    | ChainLoyaltyMembershipTypesRestoreResponse422
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_membership_types_restore")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ChainLoyaltyMembershipTypesRestoreResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ChainLoyaltyMembershipTypesRestoreResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ChainLoyaltyMembershipTypesRestoreResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ChainLoyaltyMembershipTypesRestoreResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ChainLoyaltyMembershipTypesRestoreResponse401
    | ChainLoyaltyMembershipTypesRestoreResponse403
    | ChainLoyaltyMembershipTypesRestoreResponse404
    | ChainLoyaltyMembershipTypesRestoreResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_membership_types_restore", exc) from exc
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Response[
    Any
    | ChainLoyaltyMembershipTypesRestoreResponse401
    | ChainLoyaltyMembershipTypesRestoreResponse403
    | ChainLoyaltyMembershipTypesRestoreResponse404
    | ChainLoyaltyMembershipTypesRestoreResponse422
]:
    """Restore deleted membership type

     Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainLoyaltyMembershipTypesRestoreResponse401 | ChainLoyaltyMembershipTypesRestoreResponse403 | ChainLoyaltyMembershipTypesRestoreResponse404 | ChainLoyaltyMembershipTypesRestoreResponse422]
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> (
    Any
    | ChainLoyaltyMembershipTypesRestoreResponse401
    | ChainLoyaltyMembershipTypesRestoreResponse403
    | ChainLoyaltyMembershipTypesRestoreResponse404
    | ChainLoyaltyMembershipTypesRestoreResponse422
    | None
):
    """Restore deleted membership type

     Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainLoyaltyMembershipTypesRestoreResponse401 | ChainLoyaltyMembershipTypesRestoreResponse403 | ChainLoyaltyMembershipTypesRestoreResponse404 | ChainLoyaltyMembershipTypesRestoreResponse422
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
        )
    ).parsed
