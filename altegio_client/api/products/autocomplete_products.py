from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.autocomplete_products_include_item import (
    AutocompleteProductsIncludeItem,
)
from ...models.error_response import ErrorResponse
from ...models.list_products_response_200 import ListProductsResponse200
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/products/autocomplete".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "autocomplete_products"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListProductsResponse200 | None:
    parse_ctx = ParseContext(response, "autocomplete_products")
    if response.status_code == 200:
        response_200 = ListProductsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_400

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
) -> Response[ErrorResponse | ListProductsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "autocomplete_products", exc) from exc
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
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListProductsResponse200]:
    """Autocomplete Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProductsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterterm=filterterm,
        page=page,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterterm: str,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[AutocompleteProductsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListProductsResponse200 | None:
    """Autocomplete Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProductsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterterm=filterterm,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
