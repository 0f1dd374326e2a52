from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
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
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/sale/{document_id}/payment".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_payment_with_loyalty_methods"},
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "create_payment_with_loyalty_methods")
    if response.status_code == 200:
        response_200 = CompanySalonIdSaleDocumentidResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_payment_with_loyalty_methods", exc) from exc
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
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> Response[CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Payment at the Location Account and Loyalty (Various Methods)

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: CompanySalonidSaleDocumentidPaymentAbonements
    | CompanySalonidSaleDocumentidPaymentAccount
    | CompanySalonidSaleDocumentidPaymentCertificate
    | CompanySalonidSaleDocumentidPaymentDeposit
    | CompanySalonidSaleDocumentidPaymentLoyaltyCard
    | CompanySalonidSaleDocumentidPaymentLoyaltyProgram
    | CompanySalonidSaleDocumentidPaymentReferal,
) -> CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Payment at the Location Account and Loyalty (Various Methods)

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanySalonIdSaleDocumentidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
