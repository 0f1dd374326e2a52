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
from ...models.chain_loyalty_certificate_types_get_response_200 import (
    ChainLoyaltyCertificateTypesGetResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_certificate_types_get as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_certificate_types_get_response_200_data import (
        ChainLoyaltyCertificateTypesGetResponse200Data,
    )

    pass


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=path_segment("chain_loyalty_certificate_types_get", "chain_id", chain_id, int),
            type_id=path_segment("chain_loyalty_certificate_types_get", "type_id", type_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyCertificateTypesGetResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesGetResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyCertificateTypesGetResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyCertificateTypesGetResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: OperationClient,
) -> Response[ChainLoyaltyCertificateTypesGetResponse200]:
    """Get certificate type

    ``GET /v1/chain/{chain_id}/loyalty/certificate_types/{type_id}``

    Retrieves a specific certificate type by ID at the chain level.

    Returns complete certificate type configuration including expiration rules,
    restrictions, and online sale settings.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyCertificateTypesGetResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
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
    type_id: int,
    *,
    client: OperationClient,
) -> ChainLoyaltyCertificateTypesGetResponse200:
    """chain_loyalty_certificate_types_get: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    type_id: int,
    *,
    client: OperationClient,
) -> ChainLoyaltyCertificateTypesGetResponse200Data:
    """chain_loyalty_certificate_types_get: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
