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
from ...models.clients_files_clientid_reaponse_data_types import (
    ClientsFilesClientidReaponseDataTypes,
)
from ...types import Response
from .._operations import get_client_file_list as OPERATION

if TYPE_CHECKING:
    from ...models.clients_files_clientid_reaponse_data_types_data_item import (
        ClientsFilesClientidReaponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/clients/files/{client_id}".format(
            location_id=path_segment("get_client_file_list", "location_id", location_id, int),
            client_id=path_segment("get_client_file_list", "client_id", client_id, int),
        ),
    }

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
) -> Response[ClientsFilesClientidReaponseDataTypes]:
    """Sample Request to Get a List of Client Files

    ``GET /v1/company/{location_id}/clients/files/{client_id}``

    A list of uploaded client files can be retrieved by providing both the location ID and the client ID
    in the request.
    The client ID can be obtained from the client collection.

    The response returns an array of [client files](#client-file).

    <a name="client-file"></a>
    Each client file has the following structure:

    | Field | Type | Description |
    | -----------------| ------- | --------------------------------------------------
    ------------------------ |
    | id | number | File ID |
    | client_id | number | Client ID |
    | name | string | Filename with extension |
    | description | string | File description |
    | extension | string | File name extension |
    | mime | string | MIME file type |
    | link | string | File download link |
    | date_create | string | File upload date in ISO8601 format |
    | size | string | Formatted file size string |
    | username | string | The name of the user who uploaded the file |
    | user_avatar | string | Avatar of the user who uploaded the file |
    | can_edit | boolean | Is there a right to change and delete the file? true - there is a right,
    false - there is no right |

    Args:
        location_id (int):
        client_id (int):

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
) -> ClientsFilesClientidReaponseDataTypes:
    """get_client_file_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
) -> list[ClientsFilesClientidReaponseDataTypesDataItem]:
    """get_client_file_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
