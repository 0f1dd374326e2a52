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
from ...types import Response
from .._operations import list_event_duplication_strategies as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/activity/{location_id}/duplication_strategy".format(
            location_id=path_segment("list_event_duplication_strategies", "location_id", location_id, int),
        ),
    }

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
    *,
    client: OperationClient,
) -> Response[Any]:
    """List Event Duplication Strategies

    ``GET /v1/activity/{location_id}/duplication_strategy``

    Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
    entity

    | Field | Type | Description |
    | ------------- | ------------- | ----------------------------------------- |
    | title | string | Strategy name |
    | repeat_mode_id| integer | Repeat mode |
    | days | integer[] | List of days of the week: 0 Sun, 6 Fri |
    | interval | integer | Break in searching for dates, in units of type |
    | content_type | integer | Duplicate appointments? 1 - no, 2 - yes |

    The repeat mode can take the values

    | Meaning | Description | Break unit |
    | -------- | ------------- | ------------------------------ |
    | 1 | Daily | Day |
    | 2 | Weekdays | - |
    | 3 | Mon Wed Fri | - |
    | 4 | Tue Thu | - |
    | 5 | Every week | Week |
    | 6 | Every month | Month |
    | 7 | Every year | Year |

    The days field is relevant only for mode 5 - week, for specifying specific days of repetition
    If you specify repeat_mode = 5, days = [1,4], interval = 2, then the Event will be
    repeat every 3rd week on Mon and Thu

    Args:
        location_id (int):

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
) -> Any:
    """list_event_duplication_strategies: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)
