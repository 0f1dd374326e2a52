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
from ...types import UNSET, Response, Unset
from .._operations import get_appointment_calendar_dates as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    date: str,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/timetable/dates/{location_id}/{date}".format(
            location_id=path_segment("get_appointment_calendar_dates", "location_id", location_id, int),
            date=path_segment("get_appointment_calendar_dates", "date", date, str),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    date: str,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
) -> Response[Any]:
    """Get a list of dates for Appointment Calendar

    ``GET /v1/timetable/dates/{location_id}/{date}``

    The Appointment Calendar dates are returned as an array of date strings, for example:
    [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
    response will return the available working dates of the specified location or team member relative
    to that date

    Args:
        location_id (int):
        date (str):
        staff_id (int | Unset):

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
            date,
            staff_id=staff_id,
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
    date: str,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
) -> Any:
    """get_appointment_calendar_dates: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date,
            staff_id=staff_id,
        ),
    )
    return _parsed(client, response)
