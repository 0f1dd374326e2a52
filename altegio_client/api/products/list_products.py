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
from ...models.list_products_filterrelated_loyalty_entity_slug import (
    ListProductsFilterrelatedLoyaltyEntitySlug,
)
from ...models.list_products_include_item import (
    ListProductsIncludeItem,
)
from ...models.list_products_response_200 import ListProductsResponse200
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/products".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_products"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListProductsResponse200 | None:
    parse_ctx = ParseContext(response, "list_products")
    if response.status_code == 200:
        response_200 = ListProductsResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListProductsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_products", exc) from exc
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
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListProductsResponse200]:
    """List Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProductsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterids=filterids,
        filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
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
    filterids: list[int] | Unset = UNSET,
    filterrelated_loyalty_entity_slug: ListProductsFilterrelatedLoyaltyEntitySlug | Unset = "common",
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListProductsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListProductsResponse200 | None:
    """List Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProductsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterids=filterids,
            filterrelated_loyalty_entity_slug=filterrelated_loyalty_entity_slug,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
