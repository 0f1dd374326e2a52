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
from ...models.finance_transaction_request_data_types import (
    FinanceTransactionRequestDataTypes,
)
from ...models.transaction_companyid_response_data_types import (
    TransactionCompanyidResponseDataTypes,
)
from ...types import Response
from .._operations import update_financial_transaction as OPERATION

if TYPE_CHECKING:
    from ...models.transaction import Transaction

    pass


def _get_kwargs(
    location_id: int,
    transaction_id: int,
    *,
    body: FinanceTransactionRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, FinanceTransactionRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=path_segment("update_financial_transaction", "location_id", location_id, int),
            transaction_id=path_segment("update_financial_transaction", "transaction_id", transaction_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TransactionCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TransactionCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TransactionCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TransactionCompanyidResponseDataTypes:
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
    body: FinanceTransactionRequestDataTypes,
) -> Response[TransactionCompanyidResponseDataTypes]:
    """Financial Transaction Update

    ``PUT /v1/finance_transactions/{location_id}/{transaction_id}``

    Args:
        location_id (int):
        transaction_id (int):
        body (FinanceTransactionRequestDataTypes): Create a Financial Transaction Example:
            {'expense_id': 2640, 'amount': 100, 'account_id': 39105, 'client_id': 4240788,
            'supplier_id': 0, 'master_id': 0, 'comment': 'Test transaction comment', 'date':
            '2026-08-29T10:00:00-05:00'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TransactionCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            transaction_id,
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
    location_id: int,
    transaction_id: int,
    *,
    client: OperationClient,
    body: FinanceTransactionRequestDataTypes,
) -> TransactionCompanyidResponseDataTypes:
    """update_financial_transaction: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            transaction_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    transaction_id: int,
    *,
    client: OperationClient,
    body: FinanceTransactionRequestDataTypes,
) -> list[Transaction]:
    """update_financial_transaction: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            transaction_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
