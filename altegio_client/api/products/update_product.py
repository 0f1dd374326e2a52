from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.goods_company_goods_id_response_200_data_types import (
    GoodsCompanyGoodsIdResponse200DataTypes,
)
from ...models.goods_company_request_with_rules_data_type import (
    GoodsCompanyRequestWithRulesDataType,
)
from ...models.goods_company_response_409_data_type import (
    GoodsCompanyResponse409DataType,
)
from ...models.goods_company_response_422_data_type import (
    GoodsCompanyResponse422DataType,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    body: GoodsCompanyRequestWithRulesDataType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/goods/{location_id}/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_product"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GoodsCompanyGoodsIdResponse200DataTypes
    | GoodsCompanyResponse409DataType
    | GoodsCompanyResponse422DataType
    | NotFoundResponse404
    | UnauthorizedResponse401
    | None
):
    parse_ctx = ParseContext(response, "update_product")
    if response.status_code == 200:
        response_200 = GoodsCompanyGoodsIdResponse200DataTypes._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 409:
        response_409 = GoodsCompanyResponse409DataType._lazy(response_json(response), parse_ctx)

        return response_409

    if response.status_code == 422:
        response_422 = GoodsCompanyResponse422DataType._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GoodsCompanyGoodsIdResponse200DataTypes
    | GoodsCompanyResponse409DataType
    | GoodsCompanyResponse422DataType
    | NotFoundResponse404
    | UnauthorizedResponse401
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_product", exc) from exc
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
    body: GoodsCompanyRequestWithRulesDataType,
) -> Response[
    GoodsCompanyGoodsIdResponse200DataTypes
    | GoodsCompanyResponse409DataType
    | GoodsCompanyResponse422DataType
    | NotFoundResponse404
    | UnauthorizedResponse401
]:
    """Edit Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse409DataType | GoodsCompanyResponse422DataType | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: GoodsCompanyRequestWithRulesDataType,
) -> (
    GoodsCompanyGoodsIdResponse200DataTypes
    | GoodsCompanyResponse409DataType
    | GoodsCompanyResponse422DataType
    | NotFoundResponse404
    | UnauthorizedResponse401
    | None
):
    """Edit Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsCompanyGoodsIdResponse200DataTypes | GoodsCompanyResponse409DataType | GoodsCompanyResponse422DataType | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            body=body,
        )
    ).parsed
