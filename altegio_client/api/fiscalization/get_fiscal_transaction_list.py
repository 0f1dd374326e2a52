from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.kkm_transactions_response_data_type import (
    KkmTransactionsResponseDataType,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_fiscal_transaction_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_fiscal_transaction_list")
    if response.status_code == 200:
        response_200 = KkmTransactionsResponseDataType._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_fiscal_transaction_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> Response[KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get fiscal transactions

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        editable_length=editable_length,
        type=type,
        status=status,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    type: float | Unset = UNSET,
    status: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
) -> KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get fiscal transactions

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KkmTransactionsResponseDataType | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            editable_length=editable_length,
            type=type,
            status=status,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
