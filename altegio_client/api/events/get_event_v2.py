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
from ...models.event_include_item import EventIncludeItem
from ...models.event_item_response import EventItemResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    event_id: int,
    *,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasevent_include_item_data in include:
            componentsschemasevent_include_item: str = componentsschemasevent_include_item_data
            json_include.append(componentsschemasevent_include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/events/{event_id}".format(
            location_id=path_segment("get_event_v2", "location_id", location_id, int),
            event_id=path_segment("get_event_v2", "event_id", event_id, int),
        ),
        "extensions": {"altegio_operation": "get_event_v2"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventItemResponse | None:
    parse_ctx = ParseContext(response, "get_event_v2")
    if response.status_code == 200:
        response_200 = EventItemResponse._lazy(response_json(response), parse_ctx)

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
        raise ResponseSchemaError(response, "get_event_v2", exc) from exc
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
    include: list[EventIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | EventItemResponse]:
    """Get Event

     Return one Event in JSON:API format. Event deletion is soft: a deleted Event
    is excluded from list results, while direct retrieval remains available.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventItemResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        event_id=event_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    event_id: int,
    *,
    client: AuthenticatedClient,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> ErrorResponse | EventItemResponse | None:
    """Get Event

     Return one Event in JSON:API format. Event deletion is soft: a deleted Event
    is excluded from list results, while direct retrieval remains available.

    Args:
        location_id (int):
        event_id (int):
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventItemResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            event_id=event_id,
            client=client,
            include=include,
        )
    ).parsed
