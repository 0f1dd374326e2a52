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
from ...models.visit_loyalty_referral_request_data_types import (
    VisitLoyaltyReferralRequestDataTypes,
)
from ...types import Response
from .._operations import apply_referral_program as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    chain_id: int,
    *,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, VisitLoyaltyReferralRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/apply_referral_program/{location_id}/{chain_id}".format(
            location_id=path_segment("apply_referral_program", "location_id", location_id, int),
            chain_id=path_segment("apply_referral_program", "chain_id", chain_id, int),
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
    chain_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> Response[VisitLoyaltyApplyResponseDataTypes]:
    """Apply Referral Program During a Visit

    ``POST /v1/visit/loyalty/apply_referral_program/{location_id}/{chain_id}``

    Applying a referral program to a visit

    Args:
        location_id (int):
        chain_id (int):
        body (VisitLoyaltyReferralRequestDataTypes): Apply referral program in a visit Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

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
            chain_id,
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
    chain_id: int,
    *,
    client: OperationClient,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> VisitLoyaltyApplyResponseDataTypes:
    """apply_referral_program: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            chain_id,
            body=body,
        ),
    )
    return _parsed(client, response)
