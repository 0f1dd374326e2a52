from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.clients_files_clientid_reaponse_data_types import (
    ClientsFilesClientidReaponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/clients/files/{client_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_client_file_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_client_file_list")
    if response.status_code == 200:
        response_200 = ClientsFilesClientidReaponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_client_file_list", exc) from exc
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
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Sample Request to Get a List of Client Files

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Sample Request to Get a List of Client Files

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientsFilesClientidReaponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
