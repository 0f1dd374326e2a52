from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
)
from ...models.create_position_body import CreatePositionBody
from ...types import Response
from .._operations import update_position as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    company_id: int,
    position_id: int,
    *,
    body: CreatePositionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CreatePositionBody)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/locations/{company_id}/positions/{position_id}".format(
            company_id=path_segment("update_position", "company_id", company_id, int),
            position_id=path_segment("update_position", "position_id", position_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    # Another 2xx than documented: read its body as the documented one.
    response_204 = cast(Any, None)
    return response_204


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    company_id: int,
    position_id: int,
    *,
    client: OperationClient,
    body: CreatePositionBody,
) -> Response[Any]:
    """Update Position

    ``PUT /v2/locations/{company_id}/positions/{position_id}``

    Update a Position. The request must contain `title`.

    Args:
        company_id (int):
        position_id (int):
        body (CreatePositionBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            position_id,
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
    company_id: int,
    position_id: int,
    *,
    client: OperationClient,
    body: CreatePositionBody,
) -> Any:
    """update_position: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            position_id,
            body=body,
        ),
    )
    return _parsed(client, response)
