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
from ...models.list_client_comments_response_200 import ListClientCommentsResponse200
from ...types import Response
from .._operations import list_client_comments as OPERATION

if TYPE_CHECKING:
    from ...models.client_comment_container import ClientCommentContainer

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clients/{location_id}/clients/{client_id}/comments".format(
            location_id=path_segment("list_client_comments", "location_id", location_id, int),
            client_id=path_segment("list_client_comments", "client_id", client_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListClientCommentsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListClientCommentsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListClientCommentsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListClientCommentsResponse200:
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
) -> Response[ListClientCommentsResponse200]:
    """List of a comments for a client

    ``GET /v1/clients/{location_id}/clients/{client_id}/comments``

    Returns a list of a comments for a client and a files in a client details uploads history.

    Args:
        location_id (int):
        client_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListClientCommentsResponse200]: status, headers and the parsed body (low-level).
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
) -> ListClientCommentsResponse200:
    """list_client_comments: the parsed body (see ``asyncio_detailed``)."""
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
) -> list[ClientCommentContainer]:
    """list_client_comments: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
