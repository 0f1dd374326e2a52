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
from ...models.kkm_transactions_print_response_data_type import (
    KkmTransactionsPrintResponseDataType,
)
from ...models.print_fiscal_receipt_body import PrintFiscalReceiptBody
from ...types import UNSET, Response, Unset
from .._operations import print_fiscal_receipt as OPERATION

if TYPE_CHECKING:
    from ...models.kkm_transactions_print_response_data_type_data import (
        KkmTransactionsPrintResponseDataTypeData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kkm_transactions/{location_id}/print_document_bill".format(
            location_id=path_segment("print_fiscal_receipt", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> KkmTransactionsPrintResponseDataType:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = KkmTransactionsPrintResponseDataType._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = KkmTransactionsPrintResponseDataType._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> KkmTransactionsPrintResponseDataType:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> Response[KkmTransactionsPrintResponseDataType]:
    """Print fiscal receipt

    ``POST /v1/kkm_transactions/{location_id}/print_document_bill``

    Types of all transactions with location account

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 | Sale operation (active for documents with types "Visit" and "Client account replenishment") |
    | 1 | Sale return operation (active for documents with types "Visit" and "Client account
    replenishment") |
    | 2 | Correction operation |
    | 4 | Shift opening operation – Opens a new POS shift |
    | 5 | Shift closing operation – Closes the current POS shift |
    | 9 | Get POS status – Retrieves the current status of the POS device |
    | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
    | 12 | Correction operation |
    | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
    | 6 | Cash deposit – Registers a cash-in transaction in the POS |
    | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

    Document Types

    | Meaning | Description |
    | ------------- | ------------- |
    | 1 | Sale of products |
    | 2 | Provision of services |
    | 3 | Arrival of products |
    | 4 | Products write-off |
    | 5 | Transfer of products |
    | 6 | Inventory |
    | 7 | Visit |
    | 8 | Consumables write-off |
    | 9 | Client account replenishment |

    Args:
        location_id (int):
        body (PrintFiscalReceiptBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[KkmTransactionsPrintResponseDataType]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> KkmTransactionsPrintResponseDataType:
    """print_fiscal_receipt: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> KkmTransactionsPrintResponseDataTypeData:
    """print_fiscal_receipt: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
