from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
)
from ...models.chain_loyalty_membership_types_archive_body import (
    ChainLoyaltyMembershipTypesArchiveBody,
)
from ...types import Response
from .._operations import chain_loyalty_membership_types_archive as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesArchiveBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyMembershipTypesArchiveBody)
    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive".format(
            chain_id=path_segment("chain_loyalty_membership_types_archive", "chain_id", chain_id, int),
            loyalty_membership_type_id=path_segment(
                "chain_loyalty_membership_types_archive", "loyalty_membership_type_id", loyalty_membership_type_id, int
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    # Another 2xx than documented: read its body as the documented one.
    response_204 = cast(Any, None)
    return response_204


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
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
    body: ChainLoyaltyMembershipTypesArchiveBody,
) -> Response[Any]:
    """Archive or unarchive membership type

    ``PATCH /v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/archive``

    Archives or unarchives a membership type.

    Archived membership types:
    - Cannot be sold to new clients
    - Existing active memberships remain functional
    - Can be unarchived at any time

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesArchiveBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
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
    body: ChainLoyaltyMembershipTypesArchiveBody,
) -> Any:
    """chain_loyalty_membership_types_archive: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_membership_type_id,
            body=body,
        ),
    )
    return _parsed(client, response)
