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
    require_body,
    response_json,
)
from ...models.goods_categories_post_put_response_data_types import (
    GoodsCategoriesPostPutResponseDataTypes,
)
from ...models.goods_categories_request_data_types import (
    GoodsCategoriesRequestDataTypes,
)
from ...types import Response
from .._operations import create_product_category as OPERATION

if TYPE_CHECKING:
    from ...models.goods_categories_post_put_response_data_types_data import (
        GoodsCategoriesPostPutResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: GoodsCategoriesRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, GoodsCategoriesRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/goods_categories/{location_id}".format(
            location_id=path_segment("create_product_category", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GoodsCategoriesPostPutResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = GoodsCategoriesPostPutResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = GoodsCategoriesPostPutResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> GoodsCategoriesPostPutResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: GoodsCategoriesRequestDataTypes,
) -> Response[GoodsCategoriesPostPutResponseDataTypes]:
    """Create a Product Category

    ``POST /v1/goods_categories/{location_id}``

    The method allows you to create a product category.

    Args:
        location_id (int):
        body (GoodsCategoriesRequestDataTypes): Create a Product Category Example: {'title':
            'Manicure', 'parent_category_id': 123456, 'article': '123article', 'comment': 'Category of
            products for manicure'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GoodsCategoriesPostPutResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
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
    *,
    client: OperationClient,
    body: GoodsCategoriesRequestDataTypes,
) -> GoodsCategoriesPostPutResponseDataTypes:
    """create_product_category: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: GoodsCategoriesRequestDataTypes,
) -> GoodsCategoriesPostPutResponseDataTypesData:
    """create_product_category: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
