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
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_product"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_product")
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_product", exc) from exc
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
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        term=term,
        page=page,
        count=count,
        category_id=category_id,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Products

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoodsCompanyGoodsIdResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        )
    ).parsed
