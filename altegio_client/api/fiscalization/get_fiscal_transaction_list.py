from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    Page,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
    total_count,
)
from ...models.kkm_transactions_response_data_type import (
    KkmTransactionsResponseDataType,
)
from ...types import UNSET, Response, Unset
from .._operations import get_fiscal_transaction_list as OPERATION

if TYPE_CHECKING:
    from ...models.kkm_transactions_response_data_type_data_item import (
        KkmTransactionsResponseDataTypeDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["editable_length"] = editable_length

    params["type"] = type

    params["status"] = status

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kkm_transactions/{location_id}".format(
            location_id=path_segment("get_fiscal_transaction_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> KkmTransactionsResponseDataType:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = KkmTransactionsResponseDataType._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = KkmTransactionsResponseDataType._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> KkmTransactionsResponseDataType:
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
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> Response[KkmTransactionsResponseDataType]:
    """Get fiscal transactions

    ``GET /v1/kkm_transactions/{location_id}``

    Filters

    | Parameter | Description |
    | ------------- | ------------- |
    | page | Page number |
    | editable_length | Number of clients per page |
    | type | Operation type |
    | status | Operation status |
    | start_date | Period start date |
    | end_date | Period end date |

    <a name="kkm-transaction-types"></a>
    Types of all transactions with location account

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 |  Sales operation – Active for documents of type Visit |
    | 1 | Sale return operation – Active for documents of type Visit |
    | 2 | Correction operation |
    | 4 | Shift opening operation – Opens a new POS shift |
    | 5 | Shift closing operation – Closes the current POS shift |
    | 9 | Get POS status – Retrieves the current status of the POS device |
    | 11 | Get POS team status – Retrieves the status of all POS devices connected to the team |
    | 12 | Correction operation |
    | 13 | Print X-report – Prints a non-fiscal summary report of the current shift |
    | 6 | Cash deposit – Registers a cash-in transaction in the POS |
    | 7 | Cash withdrawal – Registers a cash-out transaction in the POS |

    Statuses of All POS Operations

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 |  Connection error with POS – Unable to establish a connection with the POS device |
    | 1 |  Success – Operation completed successfully |
    | 2 | Sent for printing – The request has been sent to the POS and is waiting for print completion |
    | 3 | Runtime error – An error occurred while processing the operation on the POS device |
    | 4 | Status check error – Failed to retrieve the current status of the POS |
    | 5 | Waiting for POS readiness – Operation is pending until the POS device becomes ready |

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
    | 9 | Deposit replenishment |

    Args:
        location_id (int):
        page (int | Unset):
        editable_length (float | Unset):
        type (float | Unset):
        status (float | Unset):
        start_date (float | Unset):
        end_date (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[KkmTransactionsResponseDataType]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            editable_length=editable_length,
            type=type,
            status=status,
            start_date=start_date,
            end_date=end_date,
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
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> KkmTransactionsResponseDataType:
    """get_fiscal_transaction_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            editable_length=editable_length,
            type=type,
            status=status,
            start_date=start_date,
            end_date=end_date,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> Page[KkmTransactionsResponseDataTypeDataItem]:
    """get_fiscal_transaction_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            editable_length=editable_length,
            type=type,
            status=status,
            start_date=start_date,
            end_date=end_date,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
