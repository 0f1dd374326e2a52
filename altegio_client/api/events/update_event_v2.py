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
    require_body,
    response_json,
)
from ...models.event_include_item import EventIncludeItem
from ...models.event_item_response import EventItemResponse
from ...models.event_update_request import EventUpdateRequest
from ...types import UNSET, Response, Unset
from .._operations import update_event_v2 as OPERATION

if TYPE_CHECKING:
    from ...models.event_resource import EventResource

    pass


def _get_kwargs(
    location_id: int,
    event_id: int,
    *,
    body: EventUpdateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasevent_include_item_data in include:
            componentsschemasevent_include_item: str = componentsschemasevent_include_item_data
            json_include.append(componentsschemasevent_include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body(OPERATION.name, body, EventUpdateRequest)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/locations/{location_id}/events/{event_id}".format(
            location_id=path_segment("update_event_v2", "location_id", location_id, int),
            event_id=path_segment("update_event_v2", "event_id", event_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventItemResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = EventItemResponse._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = EventItemResponse._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> EventItemResponse:
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
    body: EventUpdateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> Response[EventItemResponse]:
    """Update Event

    ``PUT /v2/locations/{location_id}/events/{event_id}``

    Replace the mutable properties of an Event.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):
        body (EventUpdateRequest):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[EventItemResponse]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            body=body,
            include=include,
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
    body: EventUpdateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> EventItemResponse:
    """update_event_v2: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            body=body,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    event_id: int,
    *,
    client: OperationClient,
    body: EventUpdateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> EventResource:
    """update_event_v2: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            body=body,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
