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
from ...models.company_salon_id_sale_documentid_response_data_types import (
    CompanySalonIdSaleDocumentidResponseDataTypes,
)
from ...models.company_salonid_sale_documentid_payment_abonements import (
    CompanySalonidSaleDocumentidPaymentAbonements,
)
from ...models.company_salonid_sale_documentid_payment_account import (
    CompanySalonidSaleDocumentidPaymentAccount,
)
from ...models.company_salonid_sale_documentid_payment_certificate import (
    CompanySalonidSaleDocumentidPaymentCertificate,
)
from ...models.company_salonid_sale_documentid_payment_deposit import (
    CompanySalonidSaleDocumentidPaymentDeposit,
)
from ...models.company_salonid_sale_documentid_payment_loyalty_card import (
    CompanySalonidSaleDocumentidPaymentLoyaltyCard,
)
from ...models.company_salonid_sale_documentid_payment_loyalty_program import (
    CompanySalonidSaleDocumentidPaymentLoyaltyProgram,
)
from ...models.company_salonid_sale_documentid_payment_referal import (
    CompanySalonidSaleDocumentidPaymentReferal,
)
from ...types import Response
from .._operations import create_payment_with_loyalty_methods as OPERATION

if TYPE_CHECKING:
    from ...models.company_salon_id_sale_documentid_response_data_types_data import (
        CompanySalonIdSaleDocumentidResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(
        OPERATION.name,
        body,
        CompanySalonidSaleDocumentidPaymentAbonements
        | CompanySalonidSaleDocumentidPaymentAccount
        | CompanySalonidSaleDocumentidPaymentCertificate
        | CompanySalonidSaleDocumentidPaymentDeposit
        | CompanySalonidSaleDocumentidPaymentLoyaltyCard
        | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
        | CompanySalonidSaleDocumentidPaymentReferal,
    )
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/sale/{document_id}/payment".format(
            location_id=path_segment("create_payment_with_loyalty_methods", "location_id", location_id, int),
            document_id=path_segment("create_payment_with_loyalty_methods", "document_id", document_id, int),
        ),
    }

    if isinstance(body, CompanySalonidSaleDocumentidPaymentAccount):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CompanySalonidSaleDocumentidPaymentDeposit):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CompanySalonidSaleDocumentidPaymentCertificate):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CompanySalonidSaleDocumentidPaymentAbonements):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CompanySalonidSaleDocumentidPaymentReferal):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CompanySalonidSaleDocumentidPaymentLoyaltyCard):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: OperationClient,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> Response[CompanySalonIdSaleDocumentidResponseDataTypes]:
    """Payment at the Location Account and Loyalty (Various Methods)

    ``POST /v1/company/{location_id}/sale/{document_id}/payment``

    As a response, information about the [Sale operation](#sale-operation) is returned

    Args:
        location_id (int):
        document_id (int):
        body (CompanySalonidSaleDocumentidPaymentAbonements |
            CompanySalonidSaleDocumentidPaymentAccount |
            CompanySalonidSaleDocumentidPaymentCertificate |
            CompanySalonidSaleDocumentidPaymentDeposit |
            CompanySalonidSaleDocumentidPaymentLoyaltyCard |
            CompanySalonidSaleDocumentidPaymentLoyaltyProgram |
            CompanySalonidSaleDocumentidPaymentReferal):

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
    document_id: int,
    *,
    client: OperationClient,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> CompanySalonIdSaleDocumentidResponseDataTypes:
    """create_payment_with_loyalty_methods: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    document_id: int,
    *,
    client: OperationClient,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> CompanySalonIdSaleDocumentidResponseDataTypesData:
    """create_payment_with_loyalty_methods: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
