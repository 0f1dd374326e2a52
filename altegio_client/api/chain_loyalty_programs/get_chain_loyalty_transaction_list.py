from __future__ import annotations

import datetime
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
from ...models.get_chain_loyalty_transaction_list_types_item import (
    GetChainLoyaltyTransactionListTypesItem,
)
from ...models.loyalty_transaction import LoyaltyTransaction
from ...types import UNSET, Response, Unset
from .._operations import get_chain_loyalty_transaction_list as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_transaction_data_item import LoyaltyTransactionDataItem
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    chain_id: int,
    *,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item: str = types_item_data
            json_types.append(types_item)

    params["types[]"] = json_types

    json_company_ids: list[int] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    params["company_ids[]"] = json_company_ids

    json_visit_ids: list[int] | Unset = UNSET
    if not isinstance(visit_ids, Unset):
        json_visit_ids = visit_ids

    params["visit_ids[]"] = json_visit_ids

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/transactions".format(
            chain_id=path_segment("get_chain_loyalty_transaction_list", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyTransaction:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyTransaction._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyTransaction._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyTransaction:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: OperationClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[LoyaltyTransaction]:
    """Get a List of Chain Loyalty Transactions

    ``GET /v1/chain/{chain_id}/loyalty/transactions``

    Args:
        chain_id (int):
        created_after (datetime.date):
        created_before (datetime.date):
        types (list[GetChainLoyaltyTransactionListTypesItem] | Unset):
        company_ids (list[int] | Unset):
        visit_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyTransaction]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    chain_id: int,
    *,
    client: OperationClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> LoyaltyTransaction:
    """get_chain_loyalty_transaction_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    chain_id: int,
    *,
    client: OperationClient,
    created_after: datetime.date,
    created_before: datetime.date,
    types: list[GetChainLoyaltyTransactionListTypesItem] | Unset = UNSET,
    company_ids: list[int] | Unset = UNSET,
    visit_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Page[LoyaltyTransactionDataItem]:
    """get_chain_loyalty_transaction_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            created_after=created_after,
            created_before=created_before,
            types=types,
            company_ids=company_ids,
            visit_ids=visit_ids,
            page=page,
            count=count,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
