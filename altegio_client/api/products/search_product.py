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
from ...models.goods_search_response_200_data_types import (
    GoodsSearchResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import search_product as OPERATION

if TYPE_CHECKING:
    from ...models.goods_search_response_200_data_types_data_item import (
        GoodsSearchResponse200DataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/goods/search/{location_id}".format(
            location_id=path_segment("search_product", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GoodsSearchResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GoodsSearchResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GoodsSearchResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GoodsSearchResponse200DataTypes:
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
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[GoodsSearchResponse200DataTypes]:
    """Search products and categories

    ``GET /v1/goods/search/{location_id}``

    ### List of products and product categories

    You can retrieve a list of products and product categories by providing the location ID. Use the
    `search_term` parameter to filter:
    + Product categories by name or article
    + Products by name, article, or barcode

    Limit the number of results using the `max_count` parameter.

    If `search_term` is not provided, the response will return a list of root categories for the
    specified location. In this case, the `max_count` parameter is ignored. If `search_term` is
    provided, the system will first search among categories. If fewer than `max_count` results are
    found, the search will continue among products to fill the remaining count.

    The result is returned as an array of [products tree elements](#product-category-tree-node).

    <a name="product-category-tree-node"></a>
    **Product tree element** has the following structure:

    | Field | Type | Description |
    | -------------| ------- | --------------------------------------------------
    ----------------------------------------- |
    | parent_id | number | Parent element ID (0 for root elements) |
    | item_id | number | Item ID (0 if item is a category) |
    | category_id | number | Product category ID (0 if the item is a product) |
    | title | string | Product name or product category |
    | is_chain | boolean | Is the element chain-bound? true - the element is connected to the chain,
    false - not connected |
    | is_category | boolean | Is the element a category? true - category, false - product |
    | is_item | boolean | Is the item a product? true - product, false - category |

    Args:
        location_id (int):
        term (str | Unset):
        count (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GoodsSearchResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            term=term,
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
    *,
    client: OperationClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> GoodsSearchResponse200DataTypes:
    """search_product: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            term=term,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> list[GoodsSearchResponse200DataTypesDataItem]:
    """search_product: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            term=term,
            count=count,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
