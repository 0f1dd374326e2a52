from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_chain_loyalty_program_include import (
    GetChainLoyaltyProgramInclude,
)
from ...models.loyalty_program import LoyaltyProgram
from ...models.loyalty_program_update_request import LoyaltyProgramUpdateRequest
from ...types import UNSET, Response, Unset


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

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_chain_loyalty_program"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | LoyaltyProgram | None:
    parse_ctx = ParseContext(response, "update_chain_loyalty_program")
    if response.status_code == 200:
        response_200 = LoyaltyProgram._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | LoyaltyProgram]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_chain_loyalty_program", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramUpdateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | LoyaltyProgram]:
    """Edit Chain Promotion

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LoyaltyProgram]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    body: LoyaltyProgramUpdateRequest,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | LoyaltyProgram | None:
    """Edit Chain Promotion

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LoyaltyProgram
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
