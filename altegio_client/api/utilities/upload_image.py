from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
    response_json,
)
from ...models.upload_image_body import UploadImageBody
from ...models.upload_image_response_200 import UploadImageResponse200
from ...types import Response
from .._operations import upload_image as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    entity: str,
    *,
    body: UploadImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, UploadImageBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/{entity}".format(
            entity=path_segment("upload_image", "entity", entity, str),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UploadImageResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = UploadImageResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = UploadImageResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> UploadImageResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    entity: str,
    *,
    client: OperationClient,
    body: UploadImageBody,
) -> Response[UploadImageResponse200]:
    """Image upload

    ``POST /v1/images/{entity}``

    The response object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | image_binded | boolean | Status of linking images to an entity |
    | image_group | object | Image group object |

    Args:
        entity (str):
        body (UploadImageBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UploadImageResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            entity,
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
    entity: str,
    *,
    client: OperationClient,
    body: UploadImageBody,
) -> UploadImageResponse200:
    """upload_image: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            entity,
            body=body,
        ),
    )
    return _parsed(client, response)
