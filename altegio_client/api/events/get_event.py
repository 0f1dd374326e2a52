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
from ...models.event_response import EventResponse
from ...types import Response
from .._operations import get_event as OPERATION

if TYPE_CHECKING:
    from ...models.event_response_data import EventResponseData

    pass


def _get_kwargs(
    location_id: int,
    event_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/activity/{location_id}/{event_id}".format(
            location_id=path_segment("get_event", "location_id", location_id, int),
            event_id=path_segment("get_event", "event_id", event_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EventResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = EventResponse._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = EventResponse._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> EventResponse:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    event_id: int,
    *,
    client: OperationClient,
) -> Response[EventResponse]:
    """Deprecated. Get Event

    ``GET /v1/activity/{location_id}/{event_id}``

    **This endpoint is deprecated.** Use `GET /v2/locations/{location_id}/events/{event_id}` instead.

    **Migration:** The V2 Events API provides JSON:API formatted responses. See operation `get_event`
    for details.

    Args:
        location_id (int):
        event_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[EventResponse]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
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
    event_id: int,
    *,
    client: OperationClient,
) -> EventResponse:
    """get_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    event_id: int,
    *,
    client: OperationClient,
) -> EventResponseData:
    """get_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
