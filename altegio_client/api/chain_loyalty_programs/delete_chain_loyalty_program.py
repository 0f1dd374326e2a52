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
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
        "extensions": {"altegio_operation": "delete_chain_loyalty_program"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "delete_chain_loyalty_program")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "delete_chain_loyalty_program", exc) from exc
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
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    client: AuthenticatedClient,
    include: GetChainLoyaltyProgramInclude | Unset = UNSET,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Delete Chain Promotion

    Args:
        chain_id (int):
        loyalty_program_id (int):
        include (GetChainLoyaltyProgramInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            client=client,
            include=include,
        )
    ).parsed
