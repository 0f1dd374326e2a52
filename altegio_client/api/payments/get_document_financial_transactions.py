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
from ...models.storage_operation_finance_transaction_response_data_types import (
    StorageOperationFinanceTransactionResponseDataTypes,
)
from ...types import Response
from .._operations import get_document_financial_transactions as OPERATION

if TYPE_CHECKING:
    from ...models.storage_operation_finance_transaction_response_data_types_data_item import (
        StorageOperationFinanceTransactionResponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    document_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/storage_operations/documents/finance_transactions/{document_id}".format(
            document_id=path_segment("get_document_financial_transactions", "document_id", document_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> StorageOperationFinanceTransactionResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = StorageOperationFinanceTransactionResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = StorageOperationFinanceTransactionResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> StorageOperationFinanceTransactionResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    document_id: int,
    *,
    client: OperationClient,
) -> Response[StorageOperationFinanceTransactionResponseDataTypes]:
    """Get document financial transactions

    ``GET /v1/storage_operations/documents/finance_transactions/{document_id}``

    Args:
        document_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[StorageOperationFinanceTransactionResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            document_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    document_id: int,
    *,
    client: OperationClient,
) -> StorageOperationFinanceTransactionResponseDataTypes:
    """get_document_financial_transactions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            document_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    document_id: int,
    *,
    client: OperationClient,
) -> list[StorageOperationFinanceTransactionResponseDataTypesDataItem]:
    """get_document_financial_transactions: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            document_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
