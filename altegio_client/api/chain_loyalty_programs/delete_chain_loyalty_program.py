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
)
from ...models.get_chain_loyalty_program_include import (
    GetChainLoyaltyProgramInclude,
)
from ...types import UNSET, Response, Unset
from .._operations import delete_chain_loyalty_program as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=path_segment("delete_chain_loyalty_program", "chain_id", chain_id, int),
            loyalty_program_id=path_segment(
                "delete_chain_loyalty_program", "loyalty_program_id", loyalty_program_id, int
            ),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    loyalty_program_id: int,
    *,
    client: OperationClient,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any]:
    """Delete Chain Promotion

    ``DELETE /v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}``

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):

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
            loyalty_program_id,
            include=include,
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
    loyalty_program_id: int,
    *,
    client: OperationClient,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any:
    """delete_chain_loyalty_program: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_program_id,
            include=include,
        ),
    )
    return _parsed(client, response)
