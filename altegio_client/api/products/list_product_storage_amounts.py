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
from ...models.list_product_storage_amounts_include_item import (
    ListProductStorageAmountsIncludeItem,
)
from ...models.list_product_storage_amounts_response_200 import (
    ListProductStorageAmountsResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_product_storage_amounts as OPERATION

if TYPE_CHECKING:
    from ...models.storage_amount_resource import StorageAmountResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/products/{product_id}/storage_amounts".format(
            location_id=path_segment("list_product_storage_amounts", "location_id", location_id, int),
            product_id=path_segment("list_product_storage_amounts", "product_id", product_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListProductStorageAmountsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListProductStorageAmountsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListProductStorageAmountsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListProductStorageAmountsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
) -> Response[ListProductStorageAmountsResponse200]:
    """List Product Storage Amounts

    ``GET /v2/locations/{location_id}/products/{product_id}/storage_amounts``

    Retrieve Product amounts across the Location's Storages as JSON:API
    resource objects. Amounts are returned in both Sale Units and Consumable
    Units.

    Args:
        location_id (int):
        product_id (int):
        include (list[ListProductStorageAmountsIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListProductStorageAmountsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            include=include,
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
    product_id: int,
    *,
    client: OperationClient,
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
) -> ListProductStorageAmountsResponse200:
    """list_product_storage_amounts: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
    include: list[ListProductStorageAmountsIncludeItem] | Unset = UNSET,
) -> list[StorageAmountResource]:
    """list_product_storage_amounts: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
