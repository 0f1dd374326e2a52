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
from ...models.forbidden_response_403 import ForbiddenResponse403
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.upload_client_file_body import UploadClientFileBody
from ...types import Response


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: UploadClientFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/files/{client_id}".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
        "extensions": {"altegio_operation": "upload_client_file"},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401 | None
):
    parse_ctx = ParseContext(response, "upload_client_file")
    if response.status_code == 200:
        response_200 = ClientsFilesClientidReaponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse403._lazy(response_json(response), parse_ctx)

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
) -> Response[
    ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "upload_client_file", exc) from exc
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
    body: UploadClientFileBody,
) -> Response[
    ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
]:
    """Upload a client file

     Attach one file to the client's card; answers with the client's files.

    Args:
        location_id (int):
        client_id (int):
        body (UploadClientFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: UploadClientFileBody,
) -> (
    ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401 | None
):
    """Upload a client file

     Attach one file to the client's card; answers with the client's files.

    Args:
        location_id (int):
        client_id (int):
        body (UploadClientFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientsFilesClientidReaponseDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
