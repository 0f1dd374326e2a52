from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.goods_category_node_response_200_data_types import (
    GoodsCategoryNodeResponse200DataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
            category_id=quote(str(category_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_product_category_composition"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_product_category_composition")
    if response.status_code == 200:
        response_200 = GoodsCategoryNodeResponse200DataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_product_category_composition", exc) from exc
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
    category_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Example of a request to get the composition of a category

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        category_id=category_id,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Example of a request to get the composition of a category

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsCategoryNodeResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            category_id=category_id,
            client=client,
            page=page,
            count=count,
        )
    ).parsed
