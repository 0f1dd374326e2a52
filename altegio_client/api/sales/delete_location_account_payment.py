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
from ...models.company_salon_id_sale_documentid_response_data_types import (
    CompanySalonIdSaleDocumentidResponseDataTypes,
)
from ...types import Response
from .._operations import delete_location_account_payment as OPERATION

if TYPE_CHECKING:
    from ...models.company_salon_id_sale_documentid_response_data_types_data import (
        CompanySalonIdSaleDocumentidResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id}".format(
            location_id=path_segment("delete_location_account_payment", "location_id", location_id, int),
            document_id=path_segment("delete_location_account_payment", "document_id", document_id, int),
            payment_transaction_id=path_segment(
                "delete_location_account_payment", "payment_transaction_id", payment_transaction_id, int
            ),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanySalonIdSaleDocumentidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanySalonIdSaleDocumentidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanySalonIdSaleDocumentidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanySalonIdSaleDocumentidResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: OperationClient,
) -> Response[CompanySalonIdSaleDocumentidResponseDataTypes]:
    """Delete a Cashier Payment Transaction

    ``DELETE /v1/company/{location_id}/sale/{document_id}/payment/payment_transaction/{payment_transaction_id}``

    As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        payment_transaction_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanySalonIdSaleDocumentidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            payment_transaction_id,
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
    document_id: int,
    payment_transaction_id: int,
    *,
    client: OperationClient,
) -> CompanySalonIdSaleDocumentidResponseDataTypes:
    """delete_location_account_payment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            payment_transaction_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    document_id: int,
    payment_transaction_id: int,
    *,
    client: OperationClient,
) -> CompanySalonIdSaleDocumentidResponseDataTypesData:
    """delete_location_account_payment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            payment_transaction_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
