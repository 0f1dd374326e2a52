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
)
from ...models.create_event_duplication_strategy_body import (
    CreateEventDuplicationStrategyBody,
)
from ...types import UNSET, Response, Unset
from .._operations import update_event_duplication_strategy as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    strategy_id: int,
    *,
    body: CreateEventDuplicationStrategyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/activity/{location_id}/duplication_strategy/{strategy_id}".format(
            location_id=path_segment("update_event_duplication_strategy", "location_id", location_id, int),
            strategy_id=path_segment("update_event_duplication_strategy", "strategy_id", strategy_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = cast(Any, None)
    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    strategy_id: int,
    *,
    client: OperationClient,
    body: CreateEventDuplicationStrategyBody | Unset = UNSET,
) -> Response[Any]:
    """Update Event Duplication Strategy

    ``POST /v1/activity/{location_id}/duplication_strategy/{strategy_id}``

    Args:
        location_id (int):
        strategy_id (int):
        body (CreateEventDuplicationStrategyBody | Unset):

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
            location_id,
            strategy_id,
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
    strategy_id: int,
    *,
    client: OperationClient,
    body: CreateEventDuplicationStrategyBody | Unset = UNSET,
) -> Any:
    """update_event_duplication_strategy: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            strategy_id,
            body=body,
        ),
    )
    return _parsed(client, response)
