from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_create_body import (
    ChainLoyaltyCertificateTypesCreateBody,
)
from ...models.chain_loyalty_certificate_types_create_response_200 import (
    ChainLoyaltyCertificateTypesCreateResponse200,
)
from ...models.chain_loyalty_certificate_types_create_response_400 import (
    ChainLoyaltyCertificateTypesCreateResponse400,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_certificate_types_create"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChainLoyaltyCertificateTypesCreateResponse200
    | ChainLoyaltyCertificateTypesCreateResponse400
    | UpdateTagResponse401
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_certificate_types_create")
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesCreateResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = ChainLoyaltyCertificateTypesCreateResponse400._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChainLoyaltyCertificateTypesCreateResponse200 | ChainLoyaltyCertificateTypesCreateResponse400 | UpdateTagResponse401
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_certificate_types_create", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[
    ChainLoyaltyCertificateTypesCreateResponse200 | ChainLoyaltyCertificateTypesCreateResponse400 | UpdateTagResponse401
]:
    """Create certificate type

     Creates a new certificate type at the chain level.

    Certificate types define gift certificate templates that can be sold across multiple locations.

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    **Balance Edit Types:**
    - 1 = Can be edited
    - 2 = Cannot be edited

    **Note:** After creation, certificate products are automatically created in inventory.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200 | ChainLoyaltyCertificateTypesCreateResponse400 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> (
    ChainLoyaltyCertificateTypesCreateResponse200
    | ChainLoyaltyCertificateTypesCreateResponse400
    | UpdateTagResponse401
    | None
):
    """Create certificate type

     Creates a new certificate type at the chain level.

    Certificate types define gift certificate templates that can be sold across multiple locations.

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    **Balance Edit Types:**
    - 1 = Can be edited
    - 2 = Cannot be edited

    **Note:** After creation, certificate products are automatically created in inventory.

    Args:
        chain_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesCreateResponse200 | ChainLoyaltyCertificateTypesCreateResponse400 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
