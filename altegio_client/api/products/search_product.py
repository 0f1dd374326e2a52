from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.goods_search_response_200_data_types import (
    GoodsSearchResponse200DataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "search_product"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "search_product")
    if response.status_code == 200:
        response_200 = GoodsSearchResponse200DataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "search_product", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Search products and categories

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        term=term,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Search products and categories

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsSearchResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            term=term,
            count=count,
        )
    ).parsed
