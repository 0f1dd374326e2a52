from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    Page,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
    total_count,
)
from ...models.chain_loyalty_certificate_types_list_response_200 import (
    ChainLoyaltyCertificateTypesListResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import chain_loyalty_certificate_types_list as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_certificate_types_get_response_200_data import (
        ChainLoyaltyCertificateTypesGetResponse200Data,
    )
    from ...types import UNSET, Unset

    pass


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
            chain_id=path_segment("chain_loyalty_certificate_types_list", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyCertificateTypesListResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyCertificateTypesListResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyCertificateTypesListResponse200:
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
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[ChainLoyaltyCertificateTypesListResponse200]:
    """List certificate types

    ``GET /v1/chain/{chain_id}/loyalty/certificate_types``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyCertificateTypesListResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            title=title,
            page=page,
            page_size=page_size,
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
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> ChainLoyaltyCertificateTypesListResponse200:
    """chain_loyalty_certificate_types_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    chain_id: int,
    *,
    client: OperationClient,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Page[ChainLoyaltyCertificateTypesGetResponse200Data]:
    """chain_loyalty_certificate_types_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
