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
from ...models.clients_files_clientid_reaponse_data_types import (
    ClientsFilesClientidReaponseDataTypes,
)
from ...models.upload_client_file_body import UploadClientFileBody
from ...types import Response
from .._operations import upload_client_file as OPERATION

if TYPE_CHECKING:
    from ...models.clients_files_clientid_reaponse_data_types_data_item import (
        ClientsFilesClientidReaponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, UploadClientFileBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/files/{client_id}".format(
            location_id=path_segment("upload_client_file", "location_id", location_id, int),
            client_id=path_segment("upload_client_file", "client_id", client_id, int),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClientsFilesClientidReaponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ClientsFilesClientidReaponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ClientsFilesClientidReaponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ClientsFilesClientidReaponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    body: UploadClientFileBody,
) -> Response[ClientsFilesClientidReaponseDataTypes]:
    """Upload a client file

    ``POST /v1/company/{location_id}/clients/files/{client_id}``

    Attach one file to the client's card; answers with the client's files.

    Args:
        location_id (int):
        client_id (int):
        body (UploadClientFileBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ClientsFilesClientidReaponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
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
    client_id: int,
    *,
    client: OperationClient,
    body: UploadClientFileBody,
) -> ClientsFilesClientidReaponseDataTypes:
    """upload_client_file: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    body: UploadClientFileBody,
) -> list[ClientsFilesClientidReaponseDataTypesDataItem]:
    """upload_client_file: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
