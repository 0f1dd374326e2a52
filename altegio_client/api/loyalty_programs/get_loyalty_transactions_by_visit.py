from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.visit_loyalty_transaction_reaponse_data_types_item import (
    VisitLoyaltyTransactionReaponseDataTypesItem,
)
from ...types import Response
from .._operations import get_loyalty_transactions_by_visit as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    visit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/visit/loyalty/transactions/{visit_id}".format(
            visit_id=path_segment("get_loyalty_transactions_by_visit", "visit_id", visit_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[VisitLoyaltyTransactionReaponseDataTypesItem]:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = VisitLoyaltyTransactionReaponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = VisitLoyaltyTransactionReaponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> list[VisitLoyaltyTransactionReaponseDataTypesItem]:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: OperationClient,
) -> Response[list[VisitLoyaltyTransactionReaponseDataTypesItem]]:
    """Get loyalty transactions by visit

    ``GET /v1/visit/loyalty/transactions/{visit_id}``

    List of transactions for loyalty promotions for this visit

    Args:
        visit_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[list[VisitLoyaltyTransactionReaponseDataTypesItem]]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
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
    visit_id: int,
    *,
    client: OperationClient,
) -> list[VisitLoyaltyTransactionReaponseDataTypesItem]:
    """get_loyalty_transactions_by_visit: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
        ),
    )
    return _parsed(client, response)
