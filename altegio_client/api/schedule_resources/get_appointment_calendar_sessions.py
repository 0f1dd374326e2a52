from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.get_appointment_calendar_sessions_response_200 import (
    GetAppointmentCalendarSessionsResponse200,
)
from ...types import Response
from .._operations import get_appointment_calendar_sessions as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/timetable/seances/{location_id}/{team_member_id}/{date}".format(
            location_id=path_segment("get_appointment_calendar_sessions", "location_id", location_id, int),
            team_member_id=path_segment("get_appointment_calendar_sessions", "team_member_id", team_member_id, int),
            date=path_segment("get_appointment_calendar_sessions", "date", date, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetAppointmentCalendarSessionsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetAppointmentCalendarSessionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetAppointmentCalendarSessionsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetAppointmentCalendarSessionsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    date: str,
    *,
    client: OperationClient,
) -> Response[GetAppointmentCalendarSessionsResponse200]:
    """Get a list of sessions for the Appointment Calendar

    ``GET /v1/timetable/seances/{location_id}/{team_member_id}/{date}``

    The sessions object for the log has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | time | string | Session time (17:30 for example) |
    | free | boolean | Free time or busy |

    Args:
        location_id (int):
        team_member_id (int):
        date (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetAppointmentCalendarSessionsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date,
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
    team_member_id: int,
    date: str,
    *,
    client: OperationClient,
) -> GetAppointmentCalendarSessionsResponse200:
    """get_appointment_calendar_sessions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date,
        ),
    )
    return _parsed(client, response)
