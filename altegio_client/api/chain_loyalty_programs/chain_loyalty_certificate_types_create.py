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
from ...models.chain_loyalty_certificate_types_create_body import (
    ChainLoyaltyCertificateTypesCreateBody,
)
from ...models.chain_loyalty_certificate_types_create_response_200 import (
    ChainLoyaltyCertificateTypesCreateResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_certificate_types_create as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_certificate_types_create_response_200_data import (
        ChainLoyaltyCertificateTypesCreateResponse200Data,
    )

    pass


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyCertificateTypesCreateBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types".format(
            chain_id=path_segment("chain_loyalty_certificate_types_create", "chain_id", chain_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyCertificateTypesCreateResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesCreateResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyCertificateTypesCreateResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyCertificateTypesCreateResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[ChainLoyaltyCertificateTypesCreateResponse200]:
    """Create certificate type

    ``POST /v1/chain/{chain_id}/loyalty/certificate_types``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyCertificateTypesCreateResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
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
    chain_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesCreateResponse200:
    """chain_loyalty_certificate_types_create: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesCreateResponse200Data:
    """chain_loyalty_certificate_types_create: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
