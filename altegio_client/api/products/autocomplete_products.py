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
from ...models.autocomplete_products_include_item import (
    AutocompleteProductsIncludeItem,
)
from ...models.list_products_response_200 import ListProductsResponse200
from ...types import UNSET, Response, Unset
from .._operations import autocomplete_products as OPERATION

if TYPE_CHECKING:
    from ...models.product_resource import ProductResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[term]"] = filterterm

    params["page"] = page

    params["limit"] = limit

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/products/autocomplete".format(
            location_id=path_segment("autocomplete_products", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListProductsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListProductsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListProductsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListProductsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> Response[ListProductsResponse200]:
    """Autocomplete Products

    ``GET /v2/locations/{location_id}/products/autocomplete``

    Search Products by name, article number, or barcode.

    The search term must contain at least two characters and cannot contain
    emoji. Pagination uses `page` and `limit` and is returned in
    `meta.pagination`.

    Args:
        location_id (int):
        filterterm (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[AutocompleteProductsIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListProductsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterterm=filterterm,
            page=page,
            limit=limit,
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
    location_id: int,
    *,
    client: OperationClient,
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> ListProductsResponse200:
    """autocomplete_products: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterterm=filterterm,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> Page[ProductResource]:
    """autocomplete_products: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterterm=filterterm,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
