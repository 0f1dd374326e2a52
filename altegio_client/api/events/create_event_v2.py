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
from ...models.event_create_request import EventCreateRequest
from ...models.event_include_item import EventIncludeItem
from ...models.event_item_response import EventItemResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: EventCreateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasevent_include_item_data in include:
            componentsschemasevent_include_item: str = componentsschemasevent_include_item_data
            json_include.append(componentsschemasevent_include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body("create_event_v2", body, EventCreateRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/locations/{location_id}/events".format(
            location_id=path_segment("create_event_v2", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "create_event_v2"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventItemResponse | None:
    parse_ctx = ParseContext(response, "create_event_v2")
    if response.status_code == 201:
        response_201 = EventItemResponse._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventItemResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_event_v2", exc) from exc
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
    body: EventCreateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | EventItemResponse]:
    """Create Event

     Create a group Event for a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (EventCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventItemResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: EventCreateRequest,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> ErrorResponse | EventItemResponse | None:
    """Create Event

     Create a group Event for a Location.

    Args:
        location_id (int):
        include (list[EventIncludeItem] | Unset):
        body (EventCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventItemResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
