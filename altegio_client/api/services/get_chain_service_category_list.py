from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_chain_service_category_list_include import (
    GetChainServiceCategoryListInclude,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.service_category_title import ServiceCategoryTitle
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/service_categories".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_chain_service_category_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle] | None:
    parse_ctx = ParseContext(response, "get_chain_service_category_list")
    if response.status_code == 200:
        response_200 = ServiceCategoryTitle._lazy_list(response_json(response), parse_ctx)

        return response_200

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_chain_service_category_list", exc) from exc
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
    *,
    client: AuthenticatedClient,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle]]:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle]]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    include: GetChainServiceCategoryListInclude | Unset = UNSET,
) -> NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle] | None:
    """Get a list of chain service categories

    Args:
        chain_id (int):
        include (GetChainServiceCategoryListInclude | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | list[ServiceCategoryTitle]
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            include=include,
        )
    ).parsed
