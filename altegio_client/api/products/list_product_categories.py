from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_product_category_include_item import (
    GetProductCategoryIncludeItem,
)
from ...models.list_product_categories_response_200 import (
    ListProductCategoriesResponse200,
)
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/product_categories".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_product_categories"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListProductCategoriesResponse200 | None:
    parse_ctx = ParseContext(response, "list_product_categories")
    if response.status_code == 200:
        response_200 = ListProductCategoriesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListProductCategoriesResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_product_categories", exc) from exc
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
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListProductCategoriesResponse200]:
    """List Product Categories

     Retrieve Product Categories for a Location as JSON:API resource objects.

    Omit `filter[parent_category_id]` or set it to `0` to return root Product
    Categories. Set it to a Product Category ID to return direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[GetProductCategoryIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProductCategoriesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterparent_category_id=filterparent_category_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterparent_category_id: int | Unset = 0,
    include: list[GetProductCategoryIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListProductCategoriesResponse200 | None:
    """List Product Categories

     Retrieve Product Categories for a Location as JSON:API resource objects.

    Omit `filter[parent_category_id]` or set it to `0` to return root Product
    Categories. Set it to a Product Category ID to return direct children.

    Args:
        location_id (int):
        filterparent_category_id (int | Unset):  Default: 0.
        include (list[GetProductCategoryIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProductCategoriesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterparent_category_id=filterparent_category_id,
            include=include,
        )
    ).parsed
