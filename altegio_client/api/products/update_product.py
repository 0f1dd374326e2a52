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
from ...models.goods_company_request_with_rules_data_type import (
    GoodsCompanyRequestWithRulesDataType,
)
from ...types import Response
from .._operations import update_product as OPERATION

if TYPE_CHECKING:
    from ...models.product import Product

    pass


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    body: GoodsCompanyRequestWithRulesDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, GoodsCompanyRequestWithRulesDataType)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/goods/{location_id}/{product_id}".format(
            location_id=path_segment("update_product", "location_id", location_id, int),
            product_id=path_segment("update_product", "product_id", product_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GoodsCompanyGoodsIdResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


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
    product_id: int,
    *,
    client: OperationClient,
    body: GoodsCompanyRequestWithRulesDataType,
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes]:
    """Edit Products

    ``PUT /v1/goods/{location_id}/{product_id}``

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    Args:
        location_id (int):
        product_id (int):
        body (GoodsCompanyRequestWithRulesDataType): Product Creation Method Example: {'title':
            'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id':
            289632, 'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id':
            216762, 'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200,
            'brutto': 250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3,
            'correction_rules': [{'type': 1, 'base_unit': 'service'}, {'type': 2, 'base_unit':
            'service'}, {'type': 3, 'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type':
            5, 'base_unit': 'sale'}]}.

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
            product_id,
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
    product_id: int,
    *,
    client: OperationClient,
    body: GoodsCompanyRequestWithRulesDataType,
) -> GoodsCompanyGoodsIdResponse200DataTypes:
    """update_product: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
    body: GoodsCompanyRequestWithRulesDataType,
) -> list[Product] | Product:
    """update_product: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
