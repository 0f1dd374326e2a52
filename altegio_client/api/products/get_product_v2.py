from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_product_v2_include_item import (
    GetProductV2IncludeItem,
)
from ...models.get_product_v2_response_200 import GetProductV2Response200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/v2/locations/{location_id}/products/{product_id}".format(
            location_id=path_segment("get_product_v2", "location_id", location_id, int),
            product_id=path_segment("get_product_v2", "product_id", product_id, int),
        ),
        "extensions": {"altegio_operation": "get_product_v2"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetProductV2Response200 | None:
    parse_ctx = ParseContext(response, "get_product_v2")
    if response.status_code == 200:
        response_200 = GetProductV2Response200._lazy(response_json(response), parse_ctx)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetProductV2Response200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_product_v2", exc) from exc
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
    product_id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetProductV2Response200]:
    """Get Product

     Retrieve a Product for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter. The
    `actual_cost` value is returned only when requested and when the Business
    User has permission to view it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductV2IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetProductV2Response200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetProductV2Response200 | None:
    """Get Product

     Retrieve a Product for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter. The
    `actual_cost` value is returned only when requested and when the Business
    User has permission to view it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductV2IncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetProductV2Response200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            include=include,
        )
    ).parsed
