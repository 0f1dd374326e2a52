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
from ...models.chain_loyalty_membership_types_restore_body import (
    ChainLoyaltyMembershipTypesRestoreBody,
)
from ...types import Response
from .._operations import chain_loyalty_membership_types_restore as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyMembershipTypesRestoreBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore".format(
            chain_id=path_segment("chain_loyalty_membership_types_restore", "chain_id", chain_id, int),
            loyalty_membership_type_id=path_segment(
                "chain_loyalty_membership_types_restore", "loyalty_membership_type_id", loyalty_membership_type_id, int
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
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Response[Any]:
    """Restore deleted membership type

    ``POST /v1/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/restore``

    Restores a previously deleted membership type.

    **Note:** Requires chain-level permissions.

    Args:
        chain_id (int):
        loyalty_membership_type_id (int):
        body (ChainLoyaltyMembershipTypesRestoreBody):

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
    body: ChainLoyaltyMembershipTypesRestoreBody,
) -> Any:
    """chain_loyalty_membership_types_restore: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_membership_type_id,
            body=body,
        ),
    )
    return _parsed(client, response)
