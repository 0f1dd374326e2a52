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
from ...models.visit_loyalty_cancel_response_data_types import (
    VisitLoyaltyCancelResponseDataTypes,
)
from ...models.visit_loyalty_request_data_types import VisitLoyaltyRequestDataTypes
from ...types import Response
from .._operations import cancel_loyalty_card_withdrawal as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: VisitLoyaltyRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, VisitLoyaltyRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}".format(
            location_id=path_segment("cancel_loyalty_card_withdrawal", "location_id", location_id, int),
            card_id=path_segment("cancel_loyalty_card_withdrawal", "card_id", card_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VisitLoyaltyCancelResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = VisitLoyaltyCancelResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = VisitLoyaltyCancelResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> VisitLoyaltyCancelResponseDataTypes:
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
    body: VisitLoyaltyRequestDataTypes,
) -> Response[VisitLoyaltyCancelResponseDataTypes]:
    """Cancel Withdrawal from the Loyalty Card During the Visit

    ``POST /v1/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}``

    Cancellation of write-off from the loyalty card.

    Args:
        location_id (int):
        card_id (int):
        body (VisitLoyaltyRequestDataTypes): Apply promotion Example: {'record_id': 0, 'visit_id':
            0}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[VisitLoyaltyCancelResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: VisitLoyaltyRequestDataTypes,
) -> VisitLoyaltyCancelResponseDataTypes:
    """cancel_loyalty_card_withdrawal: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            card_id,
            body=body,
        ),
    )
    return _parsed(client, response)
