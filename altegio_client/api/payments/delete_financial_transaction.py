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
from .._operations import delete_financial_transaction as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    transaction_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=path_segment("delete_financial_transaction", "location_id", location_id, int),
            transaction_id=path_segment("delete_financial_transaction", "transaction_id", transaction_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_202 = cast(Any, None)
    return response_202


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    transaction_id: int,
    *,
    client: OperationClient,
) -> Response[Any]:
    """Deleting a transaction

    ``DELETE /v1/finance_transactions/{location_id}/{transaction_id}``

    Args:
        location_id (int):
        transaction_id (int):

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
            location_id,
            transaction_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    location_id: int,
    transaction_id: int,
    *,
    client: OperationClient,
) -> Any:
    """delete_financial_transaction: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            transaction_id,
        ),
    )
    return _parsed(client, response)
