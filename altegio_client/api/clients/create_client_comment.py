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
from ...models.create_client_comment_body import CreateClientCommentBody
from ...models.create_client_comment_response_201 import CreateClientCommentResponse201
from ...types import UNSET, Response, Unset
from .._operations import create_client_comment as OPERATION

if TYPE_CHECKING:
    from ...models.client_comment_container import ClientCommentContainer
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{location_id}/clients/{client_id}/comments".format(
            location_id=path_segment("create_client_comment", "location_id", location_id, int),
            client_id=path_segment("create_client_comment", "client_id", client_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateClientCommentResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = CreateClientCommentResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = CreateClientCommentResponse201._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> CreateClientCommentResponse201:
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
    body: CreateClientCommentBody | Unset = UNSET,
) -> Response[CreateClientCommentResponse201]:
    """Add a comment for a client

    ``POST /v1/clients/{location_id}/clients/{client_id}/comments``

    Creates a new text comment for a client.

    Args:
        location_id (int):
        client_id (int):
        body (CreateClientCommentBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreateClientCommentResponse201]: status, headers and the parsed body (low-level).
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
    body: CreateClientCommentBody | Unset = UNSET,
) -> CreateClientCommentResponse201:
    """create_client_comment: the parsed body (see ``asyncio_detailed``)."""
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
    body: CreateClientCommentBody | Unset = UNSET,
) -> ClientCommentContainer:
    """create_client_comment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
