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
from ...models.list_products_filterrelated_loyalty_entity_slug import (
    ListProductsFilterrelatedLoyaltyEntitySlug,
)
from ...models.list_products_include_item import (
    ListProductsIncludeItem,
)
from ...models.list_products_response_200 import ListProductsResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_products as OPERATION

if TYPE_CHECKING:
    from ...models.product_resource import ProductResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterids: list[int] | Unset = UNSET
    if not isinstance(filterids, Unset):
        json_filterids = filterids

    params["filter[ids][]"] = json_filterids

    json_filterrelated_loyalty_entity_slug: str | Unset = UNSET
    if not isinstance(filterrelated_loyalty_entity_slug, Unset):
        json_filterrelated_loyalty_entity_slug = filterrelated_loyalty_entity_slug

    params["filter[related_loyalty_entity_slug]"] = json_filterrelated_loyalty_entity_slug

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
        "url": "/v2/locations/{location_id}/products".format(
            location_id=path_segment("list_products", "location_id", location_id, int),
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
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> Response[ListProductsResponse200]:
    """List Products

    ``GET /v2/locations/{location_id}/products``

    Retrieve Products for a Location as JSON:API resource objects.

    Pagination uses `page` and `limit`. The response includes the effective
    `page`, calculated `offset`, and `limit` in `meta.pagination`.

    Related data can be requested by repeating the `include` parameter. The
    `actual_cost` value is returned only when requested and when the Business
    User has permission to view it.

    Args:
        location_id (int):
        filterids (list[int] | Unset):
        filterrelated_loyalty_entity_slug (ListProductsFilterrelatedLoyaltyEntitySlug | Unset):
            Default: 'common'.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListProductsIncludeItem] | Unset):

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
            filterids=filterids,
            filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
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
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> ListProductsResponse200:
    """list_products: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterids=filterids,
            filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
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
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> Page[ProductResource]:
    """list_products: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterids=filterids,
            filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
