from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    Page,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.event_collection_response import EventCollectionResponse
from ...models.event_include_item import EventIncludeItem
from ...models.list_events_filtersort import (
    ListEventsFiltersort,
)
from ...models.zero_or_one import ZeroOrOne
from ...types import UNSET, Response, Unset
from .._operations import list_events as OPERATION

if TYPE_CHECKING:
    from ...models.event_resource import EventResource

    pass


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
    filterinclude_deleted: ZeroOrOne | Unset = UNSET,
    filterresource_ids: list[int] | Unset = UNSET,
    filterweekdays: list[int] | Unset = UNSET,
    filtersort: ListEventsFiltersort | Unset = UNSET,
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

    params["include[]"] = json_include

    json_filterinclude_deleted: int | Unset = UNSET
    if not isinstance(filterinclude_deleted, Unset):
        json_filterinclude_deleted = filterinclude_deleted

    params["filter[include_deleted]"] = json_filterinclude_deleted

    json_filterresource_ids: list[int] | Unset = UNSET
    if not isinstance(filterresource_ids, Unset):
        json_filterresource_ids = filterresource_ids

    params["filter[resource_ids][]"] = json_filterresource_ids

    json_filterweekdays: list[int] | Unset = UNSET
    if not isinstance(filterweekdays, Unset):
        json_filterweekdays = filterweekdays

    params["filter[weekdays][]"] = json_filterweekdays

    json_filtersort: str | Unset = UNSET
    if not isinstance(filtersort, Unset):
        json_filtersort = filtersort

    params["filter[sort]"] = json_filtersort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/events".format(
            location_id=path_segment("list_events", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> EventCollectionResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = EventCollectionResponse._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = EventCollectionResponse._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> EventCollectionResponse:
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
    filterinclude_deleted: ZeroOrOne | Unset = UNSET,
    filterresource_ids: list[int] | Unset = UNSET,
    filterweekdays: list[int] | Unset = UNSET,
    filtersort: ListEventsFiltersort | Unset = UNSET,
) -> Response[EventCollectionResponse]:
    """List Events

    ``GET /v2/locations/{location_id}/events``

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
        filterinclude_deleted (ZeroOrOne | Unset):
        filterresource_ids (list[int] | Unset):
        filterweekdays (list[int] | Unset):
        filtersort (ListEventsFiltersort | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[EventCollectionResponse]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterfrom=filterfrom,
            filterto=filterto,
            filtermaster_ids=filtermaster_ids,
            filterservice_ids=filterservice_ids,
            filtercapacity=filtercapacity,
            page=page,
            limit=limit,
            include=include,
            filterinclude_deleted=filterinclude_deleted,
            filterresource_ids=filterresource_ids,
            filterweekdays=filterweekdays,
            filtersort=filtersort,
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
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
    filterinclude_deleted: ZeroOrOne | Unset = UNSET,
    filterresource_ids: list[int] | Unset = UNSET,
    filterweekdays: list[int] | Unset = UNSET,
    filtersort: ListEventsFiltersort | Unset = UNSET,
) -> EventCollectionResponse:
    """list_events: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterfrom=filterfrom,
            filterto=filterto,
            filtermaster_ids=filtermaster_ids,
            filterservice_ids=filterservice_ids,
            filtercapacity=filtercapacity,
            page=page,
            limit=limit,
            include=include,
            filterinclude_deleted=filterinclude_deleted,
            filterresource_ids=filterresource_ids,
            filterweekdays=filterweekdays,
            filtersort=filtersort,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    filterfrom: str,
    filterto: str,
    filtermaster_ids: list[int] | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filtercapacity: int | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[EventIncludeItem] | Unset = UNSET,
    filterinclude_deleted: ZeroOrOne | Unset = UNSET,
    filterresource_ids: list[int] | Unset = UNSET,
    filterweekdays: list[int] | Unset = UNSET,
    filtersort: ListEventsFiltersort | Unset = UNSET,
) -> Page[EventResource]:
    """list_events: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterfrom=filterfrom,
            filterto=filterto,
            filtermaster_ids=filtermaster_ids,
            filterservice_ids=filterservice_ids,
            filtercapacity=filtercapacity,
            page=page,
            limit=limit,
            include=include,
            filterinclude_deleted=filterinclude_deleted,
            filterresource_ids=filterresource_ids,
            filterweekdays=filterweekdays,
            filtersort=filtersort,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, None)
