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
from ...models.goods_company_goods_id_response_200_data_types import (
    GoodsCompanyGoodsIdResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_product as OPERATION

if TYPE_CHECKING:
    from ...models.product import Product
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["page"] = page

    params["count"] = count

    params["category_id"] = category_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/goods/{location_id}/{product_id}".format(
            location_id=path_segment("get_product", "location_id", location_id, int),
            product_id=path_segment("get_product", "product_id", product_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes]:
    """Get Products

    ``GET /v1/goods/{location_id}/{product_id}``

    + term: Name, article or barcode

    + page (number, `1`) - Page number (not used if product_id is passed)

    + count (number, `25`) - Number of products on the page (not used if product_id is passed)

    + category_id (number, `777`) - Id of the product category (not used if product_id is passed)

    + changed_after (string) - filtering products changed/created since a specific date and time (not
    used if product_id is passed)

    + changed_before (string) - filtering products changed/created before a specific date and time (not
    used if product_id is passed)

    Args:
        location_id (int):
        product_id (int):
        term (str | Unset):
        page (int | Unset):
        count (int | Unset):
        category_id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

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
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
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
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> GoodsCompanyGoodsIdResponse200DataTypes:
    """get_product: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> list[Product] | Product:
    """get_product: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
