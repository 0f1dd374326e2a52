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
    require_body,
    response_json,
)
from ...models.visit_loyalty_apply_response_data_types import (
    VisitLoyaltyApplyResponseDataTypes,
)
from ...models.visit_loyalty_withdrawl_request_data_types import (
    VisitLoyaltyWithdrawlRequestDataTypes,
)
from ...types import Response
from .._operations import apply_loyalty_card_deduction as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: VisitLoyaltyWithdrawlRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, VisitLoyaltyWithdrawlRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}".format(
            location_id=path_segment("apply_loyalty_card_deduction", "location_id", location_id, int),
            card_id=path_segment("apply_loyalty_card_deduction", "card_id", card_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VisitLoyaltyApplyResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = VisitLoyaltyApplyResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = VisitLoyaltyApplyResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> VisitLoyaltyApplyResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyWithdrawlRequestDataTypes,
) -> Response[VisitLoyaltyApplyResponseDataTypes]:
    """Apply Deduction from the Loyalty Card in the Visit

    ``POST /v1/visit/loyalty/apply_card_withdrawal/{location_id}/{card_id}``

    The amount deducted will not exceed the available bonus balance. If the value is set to 0, no write-
    off transaction will occur

    Args:
        location_id (int):
        card_id (int):
        body (VisitLoyaltyWithdrawlRequestDataTypes): Apply Deduction from the Loyalty Card in the
            Visit Example: {'record_id': 140967944, 'visit_id': 118389447, 'amount': 100}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[VisitLoyaltyApplyResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            card_id,
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
    card_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyWithdrawlRequestDataTypes,
) -> VisitLoyaltyApplyResponseDataTypes:
    """apply_loyalty_card_deduction: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            card_id,
            body=body,
        ),
    )
    return _parsed(client, response)
