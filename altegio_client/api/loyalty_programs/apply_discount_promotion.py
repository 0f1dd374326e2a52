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
from ...models.visit_loyalty_request_data_types import VisitLoyaltyRequestDataTypes
from ...types import Response
from .._operations import apply_discount_promotion as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    card_id: int,
    program_id: int,
    *,
    body: VisitLoyaltyRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, VisitLoyaltyRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id}".format(
            location_id=path_segment("apply_discount_promotion", "location_id", location_id, int),
            card_id=path_segment("apply_discount_promotion", "card_id", card_id, int),
            program_id=path_segment("apply_discount_promotion", "program_id", program_id, int),
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
    program_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyRequestDataTypes,
) -> Response[VisitLoyaltyApplyResponseDataTypes]:
    """Apply a Discount Promotion in a Visit

    ``POST /v1/visit/loyalty/apply_discount_program/{location_id}/{card_id}/{program_id}``

    Applying a promotion to a visit, it only makes sense if there is a visit

    Args:
        location_id (int):
        card_id (int):
        program_id (int):
        body (VisitLoyaltyRequestDataTypes): Apply promotion Example: {'record_id': 0, 'visit_id':
            0}.

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
            program_id,
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
    program_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyRequestDataTypes,
) -> VisitLoyaltyApplyResponseDataTypes:
    """apply_discount_promotion: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            card_id,
            program_id,
            body=body,
        ),
    )
    return _parsed(client, response)
