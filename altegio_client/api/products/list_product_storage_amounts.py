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
from ...models.list_product_storage_amounts_include_item import (
    ListProductStorageAmountsIncludeItem,
)
from ...models.list_product_storage_amounts_response_200 import (
    ListProductStorageAmountsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
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
        "url": "/v2/locations/{location_id}/products/{product_id}/storage_amounts".format(
            location_id=path_segment("list_product_storage_amounts", "location_id", location_id, int),
            product_id=path_segment("list_product_storage_amounts", "product_id", product_id, int),
        ),
        "extensions": {"altegio_operation": "list_product_storage_amounts"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListProductStorageAmountsResponse200 | None:
    parse_ctx = ParseContext(response, "list_product_storage_amounts")
    if response.status_code == 200:
        response_200 = ListProductStorageAmountsResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListProductStorageAmountsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_product_storage_amounts", exc) from exc
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
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListProductStorageAmountsResponse200]:
    """List Product Storage Amounts

     Retrieve Product amounts across the Location's Storages as JSON:API
    resource objects. Amounts are returned in both Sale Units and Consumable
    Units.

    Args:
        location_id (int):
        product_id (int):
        include (list[ListProductStorageAmountsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListProductStorageAmountsResponse200]
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
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListProductStorageAmountsResponse200 | None:
    """List Product Storage Amounts

     Retrieve Product amounts across the Location's Storages as JSON:API
    resource objects. Amounts are returned in both Sale Units and Consumable
    Units.

    Args:
        location_id (int):
        product_id (int):
        include (list[ListProductStorageAmountsIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListProductStorageAmountsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            include=include,
        )
    ).parsed
