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
from ...types import Response
from .._operations import get_client_account_by_chain_and_phone as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    phone: float,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/deposits/chain/{chain_id}/phone/{phone}".format(
            chain_id=path_segment("get_client_account_by_chain_and_phone", "chain_id", chain_id, int),
            phone=path_segment("get_client_account_by_chain_and_phone", "phone", phone, float),
        ),
    }

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
    phone: float,
    *,
    client: OperationClient,
) -> Response[Any]:
    """Get a list of client accounts by chain and customer phone number

    ``GET /v1/deposits/chain/{chain_id}/phone/{phone}``

    Args:
        chain_id (int):
        phone (float):

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
            phone,
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
    phone: float,
    *,
    client: OperationClient,
) -> Any:
    """get_client_account_by_chain_and_phone: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            phone,
        ),
    )
    return _parsed(client, response)
