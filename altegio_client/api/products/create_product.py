from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.goods_company_goods_id_response_200_data_types import (
    GoodsCompanyGoodsIdResponse200DataTypes,
)
from ...models.goods_company_request_data_type import GoodsCompanyRequestDataType
from ...models.goods_company_response_422_data_type import (
    GoodsCompanyResponse422DataType,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: GoodsCompanyRequestDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("create_product", body, GoodsCompanyRequestDataType)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/goods/{location_id}".format(
            location_id=path_segment("create_product", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "create_product"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType | None:
    parse_ctx = ParseContext(response, "create_product")
    if response.status_code == 201:
        response_201 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 422:
        response_422 = GoodsCompanyResponse422DataType._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_product", exc) from exc
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
    body: GoodsCompanyRequestDataType,
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType]:
    """Create product

     The method allows you to create a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): Product Creation Method Example: {'title': 'Shampoo',
            'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
            'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
            250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: GoodsCompanyRequestDataType,
) -> GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType | None:
    """Create product

     The method allows you to create a product

    Args:
        location_id (int):
        body (GoodsCompanyRequestDataType): Product Creation Method Example: {'title': 'Shampoo',
            'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
            'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
            250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse422DataType
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
