from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.event_request import EventRequest
from ...models.event_response import EventResponse
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import Response


def _get_kwargs(
    location_id: int,
    event_id: int,
    *,
    body: EventRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/activity/{location_id}/{event_id}".format(
            location_id=quote(str(location_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_event"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | None:
    parse_ctx = ParseContext(response, "update_event")
    if response.status_code == 200:
        response_200 = EventResponse._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_event", exc) from exc
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
    *,
    client: AuthenticatedClient,
    body: EventRequest,
) -> Response[EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]:
    """Deprecated. Update Event

     **This endpoint is deprecated.** Use `PUT /v2/locations/{location_id}/events/{event_id}` instead.

    **Migration:** The V2 Events API provides enhanced validation and JSON:API formatted responses. See
    operation `update_event` for details.

    Args:
        location_id (int):
        event_id (int):
        body (EventRequest): Event creation/update request body Example: {'date': '2026-10-10
            15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    body: EventRequest,
) -> EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | None:
    """Deprecated. Update Event

     **This endpoint is deprecated.** Use `PUT /v2/locations/{location_id}/events/{event_id}` instead.

    **Migration:** The V2 Events API provides enhanced validation and JSON:API formatted responses. See
    operation `update_event` for details.

    Args:
        location_id (int):
        event_id (int):
        body (EventRequest): Event creation/update request body Example: {'date': '2026-10-10
            15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventResponse | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            client=client,
            body=body,
        )
    ).parsed
