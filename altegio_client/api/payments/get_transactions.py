from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.transaction_companyid_response_data_types import (
    TransactionCompanyidResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["account_id"] = account_id

    params["supplier_id"] = supplier_id

    params["client_id"] = client_id

    params["user_id"] = user_id

    params["master_id"] = master_id

    params["type"] = type

    params["real_money"] = real_money

    params["deleted"] = deleted

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["balance_is"] = balance_is

    params["document_id"] = document_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_transactions"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_transactions")
    if response.status_code == 200:
        response_200 = TransactionCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_transactions", exc) from exc
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
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> Response[NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401]:
    """Get transactions

     #### Transaction filtering

    + page: Page number

    + count: Number of customers per page

    + account_id: Checkout ID

    + supplier_id: Supplier ID

    + client_id: Client ID

    + user_id: user ID

    + master_id: team member ID

    + type: transaction type

    + real_money: Indicates whether this is a real-money (fiat) transaction

    + deleted: whether the transaction was deleted

    + start_date: start date of the period

    + end_date: end date of the period

    + balance_is: 0 - any balance, 1 - positive, 2 - negative

    + document_id: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type (float | Unset):
        real_money (float | Unset):
        deleted (float | Unset):
        start_date (float | Unset):
        end_date (float | Unset):
        balance_is (float | Unset):
        document_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        account_id=account_id,
        supplier_id=supplier_id,
        client_id=client_id,
        user_id=user_id,
        master_id=master_id,
        type=type,
        real_money=real_money,
        deleted=deleted,
        start_date=start_date,
        end_date=end_date,
        balance_is=balance_is,
        document_id=document_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    master_id: int | Unset = UNSET,
    type: float | Unset = UNSET,
    real_money: float | Unset = UNSET,
    deleted: float | Unset = UNSET,
    start_date: float | Unset = UNSET,
    end_date: float | Unset = UNSET,
    balance_is: float | Unset = UNSET,
    document_id: int | Unset = UNSET,
) -> NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    """Get transactions

     #### Transaction filtering

    + page: Page number

    + count: Number of customers per page

    + account_id: Checkout ID

    + supplier_id: Supplier ID

    + client_id: Client ID

    + user_id: user ID

    + master_id: team member ID

    + type: transaction type

    + real_money: Indicates whether this is a real-money (fiat) transaction

    + deleted: whether the transaction was deleted

    + start_date: start date of the period

    + end_date: end date of the period

    + balance_is: 0 - any balance, 1 - positive, 2 - negative

    + document_id: document ID

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        account_id (int | Unset):
        supplier_id (int | Unset):
        client_id (int | Unset):
        user_id (int | Unset):
        master_id (int | Unset):
        type (float | Unset):
        real_money (float | Unset):
        deleted (float | Unset):
        start_date (float | Unset):
        end_date (float | Unset):
        balance_is (float | Unset):
        document_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TransactionCompanyidResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            count=count,
            account_id=account_id,
            supplier_id=supplier_id,
            client_id=client_id,
            user_id=user_id,
            master_id=master_id,
            type=type,
            real_money=real_money,
            deleted=deleted,
            start_date=start_date,
            end_date=end_date,
            balance_is=balance_is,
            document_id=document_id,
        )
    ).parsed
