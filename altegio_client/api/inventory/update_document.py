from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.storage_operation_documents_request_data_types import (
    StorageOperationDocumentsRequestDataTypes,
)
from ...models.storage_operation_documents_response_data_types import (
    StorageOperationDocumentsResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    document_id: int,
    *,
    body: StorageOperationDocumentsRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/storage_operations/documents/{location_id}/{document_id}".format(
            location_id=quote(str(location_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_document"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_document")
    if response.status_code == 200:
        response_200 = StorageOperationDocumentsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_document", exc) from exc
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
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: StorageOperationDocumentsRequestDataTypes,
) -> Response[NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401]:
    """Update Document

    Args:
        location_id (int):
        document_id (int):
        body (StorageOperationDocumentsRequestDataTypes): Create document Example: {'type_id': 1,
            'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    client: AuthenticatedClient,
    body: StorageOperationDocumentsRequestDataTypes,
) -> NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401 | None:
    """Update Document

    Args:
        location_id (int):
        document_id (int):
        body (StorageOperationDocumentsRequestDataTypes): Create document Example: {'type_id': 1,
            'comment': 'Document comment', 'storage_id': 36539, 'create_date':
            '2026-09-21T23:00:00.000-05:00'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | StorageOperationDocumentsResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
