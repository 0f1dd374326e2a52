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
from ...models.goods_category_node_response_200_data_types import (
    GoodsCategoryNodeResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_product_category_composition as OPERATION

if TYPE_CHECKING:
    from ...models.goods_category_node_response_200_data_types_data import (
        GoodsCategoryNodeResponse200DataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/goods/category_node/{location_id}/{category_id}".format(
            location_id=path_segment("get_product_category_composition", "location_id", location_id, int),
            category_id=path_segment("get_product_category_composition", "category_id", category_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GoodsCategoryNodeResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GoodsCategoryNodeResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GoodsCategoryNodeResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GoodsCategoryNodeResponse200DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[GoodsCategoryNodeResponse200DataTypes]:
    """Example of a request to get the composition of a category

    ``GET /v1/goods/category_node/{location_id}/{category_id}``

    ##№ Composition of the product category

    Information on a product category and its descendants can be obtained by making a request specifying
    the location ID and product category.
    Pagination is supported, specified by the `page` and `count` parameters.

    **Composition of a product category** has the following structure:

    | Field           | Type                                                                 |
    Description
    |
    |-----------------|----------------------------------------------------------------------|----------
    -------------------------------------------------------------------------------------------------|
    | parent_id       | number                                                               | Parent
    element ID (0 for root elements)                                                                   |
    | item_id         | number                                                               | Item ID
    (always 0)                                                                                        |
    | category_id     | number                                                               | Product
    category ID                                                                                       |
    | title           | string                                                               | Product
    category name                                                                                     |
    | is_chain        | boolean                                                              | Is the
    element chain-bound? true - the element is connected to the chain, false - not connected          |
    | is_category     | boolean                                                              | Is the
    element a category? always true                                                                    |
    | is_item         | boolean                                                              | Is the
    item a product? always false                                                                       |
    | children        | array of objects ([Product tree element](#good-category-tree-node)) | Child
    elements of a product category
    |
    | children_count  | number                                                               | Total
    number of child products and categories (no recursion)
    |

    Args:
        location_id (int):
        category_id (int):
        page (int | Unset):
        count (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GoodsCategoryNodeResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            category_id,
            page=page,
            count=count,
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
    category_id: int,
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> GoodsCategoryNodeResponse200DataTypes:
    """get_product_category_composition: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            category_id,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    category_id: int,
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> GoodsCategoryNodeResponse200DataTypesData:
    """get_product_category_composition: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            category_id,
            page=page,
            count=count,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
