from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_attendance_service_suggestions_include_item import (
    ListAttendanceServiceSuggestionsIncludeItem,
)
from ...models.list_attendance_service_suggestions_response_200 import (
    ListAttendanceServiceSuggestionsResponse200,
)
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendance_service_suggestions".format(
            location_id=path_segment("list_attendance_service_suggestions", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_attendance_service_suggestions"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAttendanceServiceSuggestionsResponse200 | None:
    parse_ctx = ParseContext(response, "list_attendance_service_suggestions")
    if response.status_code == 200:
        response_200 = ListAttendanceServiceSuggestionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListAttendanceServiceSuggestionsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_attendance_service_suggestions", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListAttendanceServiceSuggestionsResponse200]:
    """List Attendance Service Suggestions

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAttendanceServiceSuggestionsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        client_id=client_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int,
    client_id: int | Unset = UNSET,
    include: list[ListAttendanceServiceSuggestionsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListAttendanceServiceSuggestionsResponse200 | None:
    """List Attendance Service Suggestions

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAttendanceServiceSuggestionsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            client_id=client_id,
            include=include,
        )
    ).parsed
