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
from ...models.booking_user_include_item import (
    BookingUserIncludeItem,
)
from ...models.get_attendance_booking_user_response_200 import (
    GetAttendanceBookingUserResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import get_attendance_booking_user as OPERATION

if TYPE_CHECKING:
    from ...models.booking_user_resource import BookingUserResource

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    include: list[BookingUserIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasbooking_user_include_item_data in include:
            componentsschemasbooking_user_include_item: str = componentsschemasbooking_user_include_item_data
            json_include.append(componentsschemasbooking_user_include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendance/clients/{client_id}".format(
            location_id=path_segment("get_attendance_booking_user", "location_id", location_id, int),
            client_id=path_segment("get_attendance_booking_user", "client_id", client_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GetAttendanceBookingUserResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetAttendanceBookingUserResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetAttendanceBookingUserResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetAttendanceBookingUserResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    include: list[BookingUserIncludeItem] | Unset = UNSET,
) -> Response[GetAttendanceBookingUserResponse200]:
    """Get Booking User for Attendance

    ``GET /v2/locations/{location_id}/attendance/clients/{client_id}``

    Retrieve one Booking User profile used by the attendance workflow as a
    JSON:API resource object.

    The `client_id` path parameter and `client` resource type are literal
    legacy wire names. Optional related data is returned only when requested
    through `include` and may require additional Business User permissions or
    enabled Location features.

    Args:
        location_id (int):
        client_id (int):
        include (list[BookingUserIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetAttendanceBookingUserResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
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
    client_id: int,
    *,
    client: OperationClient,
    include: list[BookingUserIncludeItem] | Unset = UNSET,
) -> GetAttendanceBookingUserResponse200:
    """get_attendance_booking_user: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    include: list[BookingUserIncludeItem] | Unset = UNSET,
) -> BookingUserResource:
    """get_attendance_booking_user: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
