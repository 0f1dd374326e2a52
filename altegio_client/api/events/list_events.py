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
from ...models.event_collection_response import EventCollectionResponse
from ...models.event_include_item import EventIncludeItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[from]"] = filterfrom

    params["filter[to]"] = filterto

    json_filtermaster_ids: list[int] | Unset = UNSET
    if not isinstance(filtermaster_ids, Unset):
        json_filtermaster_ids = filtermaster_ids

    params["filter[master_ids][]"] = json_filtermaster_ids

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[capacity]"] = filtercapacity

    params["page"] = page

    params["limit"] = limit

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
        "url": "/v2/locations/{location_id}/events".format(
            location_id=path_segment("list_events", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_events"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventCollectionResponse | None:
    parse_ctx = ParseContext(response, "list_events")
    if response.status_code == 200:
        response_200 = EventCollectionResponse._lazy(response_json(response), parse_ctx)

        return response_200

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

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventCollectionResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_events", exc) from exc
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | EventCollectionResponse]:
    """List Events

     Retrieve Events for a Location within a future date range. The response is
    a JSON:API collection with the literal resource type `activity`.

    `filter[from]` must not be earlier than the current time, and `filter[to]`
    must be later than `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventCollectionResponse]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterfrom=filterfrom,
        filterto=filterto,
        filtermaster_ids=filtermaster_ids,
        filterservice_ids=filterservice_ids,
        filtercapacity=filtercapacity,
        page=page,
        limit=limit,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
) -> ErrorResponse | EventCollectionResponse | None:
    """List Events

     Retrieve Events for a Location within a future date range. The response is
    a JSON:API collection with the literal resource type `activity`.

    `filter[from]` must not be earlier than the current time, and `filter[to]`
    must be later than `filter[from]`.

    Args:
        location_id (int):
        filterfrom (str):  Example: 2026-08-01 09:00:00.
        filterto (str):  Example: 2026-08-07 21:00:00.
        filtermaster_ids (list[int] | Unset):
        filterservice_ids (list[int] | Unset):
        filtercapacity (int | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[EventIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventCollectionResponse
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterfrom=filterfrom,
            filterto=filterto,
            filtermaster_ids=filtermaster_ids,
            filterservice_ids=filterservice_ids,
            filtercapacity=filtercapacity,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
