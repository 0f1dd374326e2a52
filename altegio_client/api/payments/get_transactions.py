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
from ...models.transaction_companyid_response_data_types import (
    TransactionCompanyidResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_transactions as OPERATION

if TYPE_CHECKING:
    from ...models.transaction import Transaction
    from ...types import UNSET, Unset

    pass


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
            location_id=path_segment("get_transactions", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    *,
    client: OperationClient,
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
) -> Response[TransactionCompanyidResponseDataTypes]:
    """Get transactions

    ``GET /v1/transactions/{location_id}``

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
) -> TransactionCompanyidResponseDataTypes:
    """get_transactions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
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
) -> Page[Transaction]:
    """get_transactions: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
