from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_appointment_item_response import EventAppointmentItemResponse
from ...models.event_appointment_update_request import EventAppointmentUpdateRequest
from ...models.include_item import IncludeItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    event_id: int,
    record_id: int,
    *,
    body: EventAppointmentUpdateRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasinclude_item_data in include:
            componentsschemasinclude_item: str = componentsschemasinclude_item_data
            json_include.append(componentsschemasinclude_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body("update_event_appointment", body, EventAppointmentUpdateRequest)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/locations/{location_id}/events/{event_id}/appointments/{record_id}".format(
            location_id=path_segment("update_event_appointment", "location_id", location_id, int),
            event_id=path_segment("update_event_appointment", "event_id", event_id, int),
            record_id=path_segment("update_event_appointment", "record_id", record_id, int),
        ),
        "extensions": {"altegio_operation": "update_event_appointment"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventAppointmentItemResponse | None:
    parse_ctx = ParseContext(response, "update_event_appointment")
    if response.status_code == 200:
        response_200 = EventAppointmentItemResponse._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | EventAppointmentItemResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_event_appointment", exc) from exc
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
    event_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: EventAppointmentUpdateRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | EventAppointmentItemResponse]:
    """Update Event Appointment

     Update pricing, Product Items, Tags, color, comment, or capacity for an Event Appointment.

    Args:
        location_id (int):
        event_id (int):
        record_id (int):
        include (list[IncludeItem] | Unset):
        body (EventAppointmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventAppointmentItemResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        record_id=record_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: EventAppointmentUpdateRequest,
    include: list[IncludeItem] | Unset = UNSET,
) -> ErrorResponse | EventAppointmentItemResponse | None:
    """Update Event Appointment

     Update pricing, Product Items, Tags, color, comment, or capacity for an Event Appointment.

    Args:
        location_id (int):
        event_id (int):
        record_id (int):
        include (list[IncludeItem] | Unset):
        body (EventAppointmentUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventAppointmentItemResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            record_id=record_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
