from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.chain_loyalty_certificate_types_delete_response_200 import (
    ChainLoyaltyCertificateTypesDeleteResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_certificate_types_delete as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=path_segment("chain_loyalty_certificate_types_delete", "chain_id", chain_id, int),
            type_id=path_segment("chain_loyalty_certificate_types_delete", "type_id", type_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyCertificateTypesDeleteResponse200 | Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesDeleteResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyCertificateTypesDeleteResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyCertificateTypesDeleteResponse200 | Any:
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
) -> Response[ChainLoyaltyCertificateTypesDeleteResponse200 | Any]:
    """Delete certificate type

    ``DELETE /v1/chain/{chain_id}/loyalty/certificate_types/{type_id}``

    Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyCertificateTypesDeleteResponse200 | Any]: status, headers and the parsed body (low-level).
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
) -> ChainLoyaltyCertificateTypesDeleteResponse200 | Any:
    """chain_loyalty_certificate_types_delete: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
        ),
    )
    return _parsed(client, response)
