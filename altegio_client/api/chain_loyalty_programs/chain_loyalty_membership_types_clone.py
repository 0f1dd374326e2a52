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
from ...models.chain_loyalty_membership_types_read_response_200 import (
    ChainLoyaltyMembershipTypesReadResponse200,
)
from ...models.chain_loyalty_memberships_unfreeze_body import (
    ChainLoyaltyMembershipsUnfreezeBody,
)
from ...types import UNSET, Response, Unset
from .._operations import chain_loyalty_membership_types_clone as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_membership_type import ChainLoyaltyMembershipType
    from ...types import UNSET, Unset

    pass


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
            chain_id=path_segment("chain_loyalty_membership_types_clone", "chain_id", chain_id, int),
            loyalty_membership_type_id=path_segment(
                "chain_loyalty_membership_types_clone", "loyalty_membership_type_id", loyalty_membership_type_id, int
            ),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyMembershipTypesReadResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 201:
        response_201 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyMembershipTypesReadResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyMembershipTypesReadResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> Response[ChainLoyaltyMembershipTypesReadResponse200]:
    """Clone membership type

    ``POST /v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyMembershipTypesReadResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_membership_type_id,
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
    loyalty_membership_type_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> ChainLoyaltyMembershipTypesReadResponse200:
    """chain_loyalty_membership_types_clone: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_membership_type_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> ChainLoyaltyMembershipType:
    """chain_loyalty_membership_types_clone: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_membership_type_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
