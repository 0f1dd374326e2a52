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
from ...models.event_book_request import EventBookRequest
from ...models.event_book_response import EventBookResponse
from ...types import Response
from .._operations import book_event as OPERATION

if TYPE_CHECKING:
    from ...models.event_book_response_data import EventBookResponseData

    pass


def _get_kwargs(
    location_id: int,
    event_id: int,
    *,
    body: EventBookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, EventBookRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/activity/{location_id}/{event_id}/book".format(
            location_id=path_segment("book_event", "location_id", location_id, int),
            event_id=path_segment("book_event", "event_id", event_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EventBookResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = EventBookResponse._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = EventBookResponse._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> EventBookResponse:
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
    body: EventBookRequest,
) -> Response[EventBookResponse]:
    """Book Event

    ``POST /v1/activity/{location_id}/{event_id}/book``

    Args:
        location_id (int):
        event_id (int):
        body (EventBookRequest): Book Event request body Example: {'fullname': 'James Smith',
            'phone': '+13155550175', 'email': 'j.smith@example.com', 'code': 0, 'comment': '',
            'notify_by_sms': 0, 'notify_by_email': 0, 'type': 'mobile'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[EventBookResponse]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
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
    event_id: int,
    *,
    client: OperationClient,
    body: EventBookRequest,
) -> EventBookResponse:
    """book_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    event_id: int,
    *,
    client: OperationClient,
    body: EventBookRequest,
) -> EventBookResponseData:
    """book_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            event_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
