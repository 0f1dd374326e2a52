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
from ...models.chain_loyalty_membership_types_create_body import (
    ChainLoyaltyMembershipTypesCreateBody,
)
from ...models.chain_loyalty_membership_types_read_response_200 import (
    ChainLoyaltyMembershipTypesReadResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_membership_types_create as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_membership_type import ChainLoyaltyMembershipType

    pass


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyMembershipTypesCreateBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=path_segment("chain_loyalty_membership_types_create", "chain_id", chain_id, int),
        ),
    }

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
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> Response[ChainLoyaltyMembershipTypesReadResponse200]:
    """Create membership type

    ``POST /v1/chain/{chain_id}/loyalty/abonement_types``

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
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> ChainLoyaltyMembershipTypesReadResponse200:
    """chain_loyalty_membership_types_create: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> ChainLoyaltyMembershipType:
    """chain_loyalty_membership_types_create: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
