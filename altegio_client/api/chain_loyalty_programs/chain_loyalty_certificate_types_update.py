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
from ...models.chain_loyalty_certificate_types_update_response_200 import (
    ChainLoyaltyCertificateTypesUpdateResponse200,
)
from ...types import Response
from .._operations import chain_loyalty_certificate_types_update as OPERATION

if TYPE_CHECKING:
    from ...models.chain_loyalty_certificate_types_update_response_200_data import (
        ChainLoyaltyCertificateTypesUpdateResponse200Data,
    )

    pass


def _get_kwargs(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ChainLoyaltyCertificateTypesCreateBody)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=path_segment("chain_loyalty_certificate_types_update", "chain_id", chain_id, int),
            type_id=path_segment("chain_loyalty_certificate_types_update", "type_id", type_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChainLoyaltyCertificateTypesUpdateResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesUpdateResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ChainLoyaltyCertificateTypesUpdateResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ChainLoyaltyCertificateTypesUpdateResponse200:
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
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[ChainLoyaltyCertificateTypesUpdateResponse200]:
    """Update certificate type

    ``PUT /v1/chain/{chain_id}/loyalty/certificate_types/{type_id}``

    Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    Args:
        chain_id (int):
        type_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ChainLoyaltyCertificateTypesUpdateResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
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
    type_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesUpdateResponse200:
    """chain_loyalty_certificate_types_update: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    type_id: int,
    *,
    client: OperationClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesUpdateResponse200Data:
    """chain_loyalty_certificate_types_update: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            type_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
