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
from ...models.goods_company_goods_id_response_200_data_types import (
    GoodsCompanyGoodsIdResponse200DataTypes,
)
from ...models.goods_company_request_data_type import GoodsCompanyRequestDataType
from ...types import Response
from .._operations import create_product as OPERATION

if TYPE_CHECKING:
    from ...models.product import Product

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: GoodsCompanyRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, GoodsCompanyRequestDataType)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/goods/{location_id}".format(
            location_id=path_segment("create_product", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GoodsCompanyGoodsIdResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> GoodsCompanyGoodsIdResponse200DataTypes:
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
    body: GoodsCompanyRequestDataType,
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes]:
    """Create product

    ``POST /v1/goods/{location_id}``

    The method allows you to create a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): Product Creation Method Example: {'title': 'Shampoo',
            'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
            'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
            250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GoodsCompanyGoodsIdResponse200DataTypes]: status, headers and the parsed body (low-level).
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
    body: GoodsCompanyRequestDataType,
) -> GoodsCompanyGoodsIdResponse200DataTypes:
    """create_product: the parsed body (see ``asyncio_detailed``)."""
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
    body: GoodsCompanyRequestDataType,
) -> list[Product] | Product:
    """create_product: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
