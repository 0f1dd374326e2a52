from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.get_product_category_include_item import (
    GetProductCategoryIncludeItem,
)
from ...models.list_product_categories_response_200 import (
    ListProductCategoriesResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_product_categories as OPERATION

if TYPE_CHECKING:
    from ...models.product_category_resource import ProductCategoryResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[parent_category_id]"] = filterparent_category_id

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
        "url": "/v2/locations/{location_id}/product_categories".format(
            location_id=path_segment("list_product_categories", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListProductCategoriesResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListProductCategoriesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListProductCategoriesResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListProductCategoriesResponse200:
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
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> Response[ListProductCategoriesResponse200]:
    """List Product Categories

    ``GET /v2/locations/{location_id}/product_categories``

    Retrieve Product Categories for a Location as JSON:API resource objects.

    Omit `filter[parent_category_id]` or set it to `0` to return root Product
    Categories. Set it to a Product Category ID to return direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[GetProductCategoryIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListProductCategoriesResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_category_id=filterparent_category_id,
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
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> ListProductCategoriesResponse200:
    """list_product_categories: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_category_id=filterparent_category_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> list[ProductCategoryResource]:
    """list_product_categories: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_category_id=filterparent_category_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
