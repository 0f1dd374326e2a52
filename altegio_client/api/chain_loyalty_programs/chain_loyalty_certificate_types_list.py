from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_list_response_200 import (
    ChainLoyaltyCertificateTypesListResponse200,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_certificate_types_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "chain_loyalty_certificate_types_list")
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_certificate_types_list", exc) from exc
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
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401]:
    """List certificate types

     Retrieves a list of certificate types at the chain level.

    Returns all certificate types configured for the chain with optional filtering
    and pagination.

    **Query Parameters:**
    - `title` - Filter by certificate type name (partial match)
    - `page` - Page number (default: 1)
    - `page_size` - Items per page (default: 10, max: 100)

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        title=title,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401 | None:
    """List certificate types

     Retrieves a list of certificate types at the chain level.

    Returns all certificate types configured for the chain with optional filtering
    and pagination.

    **Query Parameters:**
    - `title` - Filter by certificate type name (partial match)
    - `page` - Page number (default: 1)
    - `page_size` - Items per page (default: 10, max: 100)

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    Args:
        chain_id (int):
        title (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesListResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            title=title,
            page=page,
            page_size=page_size,
        )
    ).parsed
