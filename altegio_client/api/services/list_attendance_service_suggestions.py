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
from ...models.list_attendance_service_suggestions_include_item import (
    ListAttendanceServiceSuggestionsIncludeItem,
)
from ...models.list_attendance_service_suggestions_response_200 import (
    ListAttendanceServiceSuggestionsResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_attendance_service_suggestions as OPERATION

if TYPE_CHECKING:
    from ...models.attendance_service_suggestion_resource import (
        AttendanceServiceSuggestionResource,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["client_id"] = client_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendance_service_suggestions".format(
            location_id=path_segment("list_attendance_service_suggestions", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListAttendanceServiceSuggestionsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListAttendanceServiceSuggestionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListAttendanceServiceSuggestionsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListAttendanceServiceSuggestionsResponse200:
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
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> Response[ListAttendanceServiceSuggestionsResponse200]:
    """List Attendance Service Suggestions

    ``GET /v2/locations/{location_id}/attendance_service_suggestions``

    Retrieve Service suggestions for a Team Member. Supplying a Booking User
    ID adds suggestions based on that Booking User's prior Appointments and
    popular Services.

    Use `include=attendance_service` or `include=record` to include the
    suggested Service delivery option or source Appointment. The literal
    `record` include value is retained by the wire contract.

    Args:
        location_id (int):
        staff_id (int):
        client_id (int | Unset):
        include (list[ListAttendanceServiceSuggestionsIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListAttendanceServiceSuggestionsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            client_id=client_id,
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
    *,
    client: OperationClient,
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> ListAttendanceServiceSuggestionsResponse200:
    """list_attendance_service_suggestions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            client_id=client_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> list[AttendanceServiceSuggestionResource]:
    """list_attendance_service_suggestions: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            client_id=client_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
