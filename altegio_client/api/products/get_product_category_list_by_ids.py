from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.goods_categories_response_200_data_types import (
    GoodsCategoriesResponse200DataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id_path: int,
    *,
    location_id_query: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["location_id"] = location_id_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/goods_categories/multiple/{location_id_path}".format(
            location_id_path=quote(str(location_id_path), safe=""),
        ),
        "extensions": {"altegio_operation": "get_product_category_list_by_ids"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_product_category_list_by_ids")
    if response.status_code == 200:
        response_200 = GoodsCategoriesResponse200DataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_product_category_list_by_ids", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id_path: int,
    *,
    client: AuthenticatedClient,
    location_id_query: int | Unset = UNSET,
) -> Response[GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a list of product categories by ID

    Args:
        location_id_path (int):
        location_id_query (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id_path=location_id_path,
        location_id_query=location_id_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id_path: int,
    *,
    client: AuthenticatedClient,
    location_id_query: int | Unset = UNSET,
) -> GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a list of product categories by ID

    Args:
        location_id_path (int):
        location_id_query (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsCategoriesResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id_path=location_id_path,
            client=client,
            location_id_query=location_id_query,
        )
    ).parsed
