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
from ...models.get_product_v2_include_item import (
    GetProductV2IncludeItem,
)
from ...models.get_product_v2_response_200 import GetProductV2Response200
from ...types import UNSET, Response, Unset
from .._operations import get_product_v2 as OPERATION

if TYPE_CHECKING:
    from ...models.product_resource import ProductResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/products/{product_id}".format(
            location_id=path_segment("get_product_v2", "location_id", location_id, int),
            product_id=path_segment("get_product_v2", "product_id", product_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GetProductV2Response200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetProductV2Response200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetProductV2Response200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetProductV2Response200:
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
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> Response[GetProductV2Response200]:
    """Get Product

    ``GET /v2/locations/{location_id}/products/{product_id}``

    Retrieve a Product for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter. The
    `actual_cost` value is returned only when requested and when the Business
    User has permission to view it.

    Args:
        location_id (int):
        product_id (int):
        include (list[GetProductV2IncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetProductV2Response200]: status, headers and the parsed body (low-level).
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
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> GetProductV2Response200:
    """get_product_v2: the parsed body (see ``asyncio_detailed``)."""
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
    include: list[GetProductV2IncludeItem] | Unset = UNSET,
) -> ProductResource:
    """get_product_v2: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
