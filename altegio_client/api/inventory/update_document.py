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
from ...models.storage_operation_documents_request_data_types import (
    StorageOperationDocumentsRequestDataTypes,
)
from ...models.storage_operation_documents_response_data_types import (
    StorageOperationDocumentsResponseDataTypes,
)
from ...types import Response
from .._operations import update_document as OPERATION

if TYPE_CHECKING:
    from ...models.storage_operation_documents_response_data_types_data import (
        StorageOperationDocumentsResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: StorageOperationDocumentsRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, StorageOperationDocumentsRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/storage_operations/documents/{location_id}/{document_id}".format(
            location_id=path_segment("update_document", "location_id", location_id, int),
            document_id=path_segment("update_document", "document_id", document_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StorageOperationDocumentsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = StorageOperationDocumentsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = StorageOperationDocumentsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> StorageOperationDocumentsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    client: OperationClient,
    body: StorageOperationDocumentsRequestDataTypes,
) -> Response[StorageOperationDocumentsResponseDataTypes]:
    """Update Document

    ``PUT /v1/storage_operations/documents/{location_id}/{document_id}``

    Args:
        location_id (int):
        document_id (int):
        body (StorageOperationDocumentsRequestDataTypes): Create document Example: {'type_id': 1,
            'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[StorageOperationDocumentsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
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
    document_id: int,
    *,
    client: OperationClient,
    body: StorageOperationDocumentsRequestDataTypes,
) -> StorageOperationDocumentsResponseDataTypes:
    """update_document: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    document_id: int,
    *,
    client: OperationClient,
    body: StorageOperationDocumentsRequestDataTypes,
) -> StorageOperationDocumentsResponseDataTypesData:
    """update_document: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            document_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
