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
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.upload_image_body import UploadImageBody
from ...models.upload_image_response_200 import UploadImageResponse200
from ...types import Response


def _get_kwargs(
    entity: str,
    *,
    body: UploadImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/{entity}".format(
            entity=quote(str(entity), safe=""),
        ),
        "extensions": {"altegio_operation": "upload_image"},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200 | None:
    parse_ctx = ParseContext(response, "upload_image")
    if response.status_code == 200:
        response_200 = UploadImageResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "upload_image", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200]:
    """Image upload

     The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | image_binded | boolean | Status of linking images to an entity |
    | image_group | object | Image group object |

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200]
    """

    kwargs = _get_kwargs(
        entity=entity,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    entity: str,
    *,
    client: AuthenticatedClient,
    body: UploadImageBody,
) -> NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200 | None:
    """Image upload

     The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | image_binded | boolean | Status of linking images to an entity |
    | image_group | object | Image group object |

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | UploadImageResponse200
    """

    return (
        await asyncio_detailed(
            entity=entity,
            client=client,
            body=body,
        )
    ).parsed
