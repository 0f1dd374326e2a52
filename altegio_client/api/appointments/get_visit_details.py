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
from ...models.visit_details_data_types import VisitDetailsDataTypes
from ...types import Response
from .._operations import get_visit_details as OPERATION

if TYPE_CHECKING:
    from ...models.visit_details_data_types_data import VisitDetailsDataTypesData

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    visit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/visit/details/{location_id}/{record_id}/{visit_id}".format(
            location_id=path_segment("get_visit_details", "location_id", location_id, int),
            record_id=path_segment("get_visit_details", "record_id", record_id, int),
            visit_id=path_segment("get_visit_details", "visit_id", visit_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> VisitDetailsDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = VisitDetailsDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = VisitDetailsDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> VisitDetailsDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: OperationClient,
) -> Response[VisitDetailsDataTypes]:
    """Get Visit Details

    ``GET /v1/visit/details/{location_id}/{record_id}/{visit_id}``

    **Block "kkm_transaction_details_container"**

    Flag "last_operation_type"

    | Meaning | Description |
    | ------------- | ------------- |
    | 0 | Print return receipt |
    | 1 | Print sales receipt |

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

    Args:
        location_id (int):
        record_id (int):
        visit_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[VisitDetailsDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            visit_id,
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
    record_id: int,
    visit_id: int,
    *,
    client: OperationClient,
) -> VisitDetailsDataTypes:
    """get_visit_details: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            visit_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    visit_id: int,
    *,
    client: OperationClient,
) -> VisitDetailsDataTypesData:
    """get_visit_details: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            visit_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
