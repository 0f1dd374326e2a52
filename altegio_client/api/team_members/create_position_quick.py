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
from ...models.create_position_quick_body import CreatePositionQuickBody
from ...models.create_position_quick_response_201 import CreatePositionQuickResponse201
from ...types import UNSET, Response, Unset
from .._operations import create_position_quick as OPERATION

if TYPE_CHECKING:
    from ...models.position import Position
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/positions/quick".format(
            location_id=path_segment("create_position_quick", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreatePositionQuickResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = CreatePositionQuickResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = CreatePositionQuickResponse201._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> CreatePositionQuickResponse201:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> Response[CreatePositionQuickResponse201]:
    """Deprecated. Quick create a position

    ``POST /v1/company/{location_id}/positions/quick``

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    Args:
        location_id (int):
        body (CreatePositionQuickBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CreatePositionQuickResponse201]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> CreatePositionQuickResponse201:
    """create_position_quick: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> Position:
    """create_position_quick: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
