from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.kkm_transactions_print_response_data_type import (
    KkmTransactionsPrintResponseDataType,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.print_fiscal_receipt_body import PrintFiscalReceiptBody
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/kkm_transactions/{location_id}/print_document_bill".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "print_fiscal_receipt"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "print_fiscal_receipt")
    if response.status_code == 200:
        response_200 = KkmTransactionsPrintResponseDataType._lazy(response_json(response), parse_ctx)

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
) -> Response[KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "print_fiscal_receipt", exc) from exc
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
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> Response[KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]:
    """Print fiscal receipt

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: PrintFiscalReceiptBody | Unset = UNSET,
) -> KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Print fiscal receipt

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KkmTransactionsPrintResponseDataType | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
