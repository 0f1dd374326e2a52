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
from ...models.get_chain_loyalty_program_include import (
    GetChainLoyaltyProgramInclude,
)
from ...models.loyalty_program import LoyaltyProgram
from ...models.loyalty_program_create_request import LoyaltyProgramCreateRequest
from ...types import UNSET, Response, Unset
from .._operations import create_chain_loyalty_program as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    *,
    body: LoyaltyProgramCreateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body(OPERATION.name, body, LoyaltyProgramCreateRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/programs".format(
            chain_id=path_segment("create_chain_loyalty_program", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyProgram:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyProgram._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyProgram._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyProgram:
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
    body: LoyaltyProgramCreateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[LoyaltyProgram]:
    """Create a Chain Promotion

    ``POST /v1/chain/{chain_id}/loyalty/programs``

    Args:
        chain_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramCreateRequest): The body of the request to create a loyalty promotion
            Example: {'title': 'Cumulative discount for some services and not for goods', 'type':
            'discount_accumulative_paid', 'service_item_type': 'custom_allowed', 'good_item_type':
            'not_allowed', 'allowed_service_ids': [53, 92], 'allowed_good_ids': [],
            'allowed_good_category_ids': [], 'value_unit': 'percent', 'usage_limit': 0,
            'visit_multiplicity': 0, 'sold_items_multiplicity': 0, 'expiration_timeout': 6,
            'expiration_timeout_unit': 'month', 'expiration_notification_timeout': 7,
            'params_source_type': 'chain', 'history_start_date': '2026-09-21',
            'loyalty_card_type_ids': [51, 29], 'on_changed_notification_template': {'type': 'custom',
            'body': 'Your discount has changed'}, 'on_expiration_notification_template': {'type':
            'big'}, 'rules': [{'parameter': 10, 'value': 2.5, 'service_id': 0}, {'parameter': 30,
            'value': 7.5, 'service_id': 0}], 'company_ids': [49]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyProgram]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
            include=include,
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
    body: LoyaltyProgramCreateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> LoyaltyProgram:
    """create_chain_loyalty_program: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)
