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
from ...models.loyalty_program_update_request import LoyaltyProgramUpdateRequest
from ...types import UNSET, Response, Unset
from .._operations import update_chain_loyalty_program as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: LoyaltyProgramUpdateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body(OPERATION.name, body, LoyaltyProgramUpdateRequest)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=path_segment("update_chain_loyalty_program", "chain_id", chain_id, int),
            loyalty_program_id=path_segment(
                "update_chain_loyalty_program", "loyalty_program_id", loyalty_program_id, int
            ),
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
    loyalty_program_id: int,
    *,
    client: OperationClient,
    body: LoyaltyProgramUpdateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[LoyaltyProgram]:
    """Edit Chain Promotion

    ``PUT /v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}``

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):
        body (LoyaltyProgramUpdateRequest): The body of the request to change the loyalty
            promotion Example: {'title': 'Cumulative discount for some services and not for goods',
            'allowed_service_ids': [53, 92], 'allowed_good_ids': [], 'allowed_good_category_ids': [],
            'usage_limit': 0, 'expiration_timeout': 6, 'expiration_timeout_unit': 'month',
            'expiration_notification_timeout': 7, 'loyalty_card_type_ids': [51, 29],
            'on_changed_notification_template': {'type': 'custom', 'body': 'Your discount has
            changed'}, 'on_expiration_notification_template': {'type': 'big'}, 'rules': [{'parameter':
            10, 'value': 2.5, 'service_id': 0}, {'parameter': 30, 'value': 7.5, 'service_id': 0}],
            'company_ids': [49]}.

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
            loyalty_program_id,
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
    loyalty_program_id: int,
    *,
    client: OperationClient,
    body: LoyaltyProgramUpdateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> LoyaltyProgram:
    """update_chain_loyalty_program: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            loyalty_program_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)
