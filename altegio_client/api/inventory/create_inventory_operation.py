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
from ...models.storage_operation_operation_request_data_types import (
    StorageOperationOperationRequestDataTypes,
)
from ...models.storage_operation_operation_response_data_types import (
    StorageOperationOperationResponseDataTypes,
)
from ...types import Response
from .._operations import create_inventory_operation as OPERATION

if TYPE_CHECKING:
    from ...models.storage_operation_operation_response_data_types_data import (
        StorageOperationOperationResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: StorageOperationOperationRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, StorageOperationOperationRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/storage_operations/operation/{location_id}".format(
            location_id=path_segment("create_inventory_operation", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StorageOperationOperationResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = StorageOperationOperationResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = StorageOperationOperationResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> StorageOperationOperationResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: StorageOperationOperationRequestDataTypes,
) -> Response[StorageOperationOperationResponseDataTypes]:
    """Create an inventory operation

    ``POST /v1/storage_operations/operation/{location_id}``

    An inventory operation is created by submitting a document along with multiple product transactions
    in a single API request. If a payment type is specified, the corresponding financial transactions
    will be generated automatically.

    Args:
        location_id (int):
        body (StorageOperationOperationRequestDataTypes): Create an inventory operation Example:
            {'type_id': 1, 'comment': 'test document comment', 'create_date':
            '2026-09-21T23:00:00.000-05:00', 'master_id': 0, 'storage_id': 91271, 'transactions':
            [{'good_id': 232674, 'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction
            comment'}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[StorageOperationOperationResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: StorageOperationOperationRequestDataTypes,
) -> StorageOperationOperationResponseDataTypes:
    """create_inventory_operation: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: StorageOperationOperationRequestDataTypes,
) -> StorageOperationOperationResponseDataTypesData:
    """create_inventory_operation: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
