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
from ...types import UNSET, Response, Unset
from .._operations import get_client_account_list_by_chain as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["balance_from"] = balance_from

    params["balance_to"] = balance_to

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/deposits/chain/{chain_id}".format(
            chain_id=path_segment("get_client_account_list_by_chain", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = cast(Any, None)
    return response_200


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
    *,
    client: OperationClient,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Any]:
    """Get a list of client accounts by chain and a set of filters

    ``GET /v1/deposits/chain/{chain_id}``

    Args:
        chain_id (int):
        balance_from (float | Unset):
        balance_to (float | Unset):
        page (int | Unset):
        limit (int | Unset):

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
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
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
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Any:
    """get_client_account_list_by_chain: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
        ),
    )
    return _parsed(client, response)
