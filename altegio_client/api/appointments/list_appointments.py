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
    total_count,
)
from ...models.include_item import IncludeItem
from ...models.list_appointments_response_200 import ListAppointmentsResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_appointments as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_resource import AppointmentResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[client_id]"] = filterclient_id

    params["filter[activity_id]"] = filteractivity_id

    params["filter[date_intersect_from]"] = filterdate_intersect_from

    params["filter[date_intersect_to]"] = filterdate_intersect_to

    params["page"] = page

    params["limit"] = limit

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for componentsschemasinclude_item_data in include:
            componentsschemasinclude_item: str = componentsschemasinclude_item_data
            json_include.append(componentsschemasinclude_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/appointments".format(
            location_id=path_segment("list_appointments", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListAppointmentsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListAppointmentsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListAppointmentsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListAppointmentsResponse200:
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
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ListAppointmentsResponse200]:
    """List Appointments

    ``GET /v2/locations/{location_id}/appointments``

    Retrieve Appointments for a Location as JSON:API resource objects.

    Pagination uses `page` and `limit`. The response includes the effective
    `page`, calculated `offset`, and `limit` in `meta.pagination`.

    Date range values use `YYYY-MM-DDTHH:MM:SS` without a timezone. Provide
    `filter[date_intersect_from]` and `filter[date_intersect_to]` together; the
    end must be later than the start.

    Related data can be requested by repeating the `include` parameter. Wire
    values remain literal API keys: `client` identifies Booking User data,
    `staff` identifies Team Member data, and `goods` identifies Products.
    Custom Field Value includes require the corresponding Business User
    permissions.

    Args:
        location_id (int):
        filterclient_id (int | Unset):
        filteractivity_id (int | Unset):
        filterdate_intersect_from (str | Unset):  Example: 2026-01-01T00:00:00.
        filterdate_intersect_to (str | Unset):  Example: 2026-01-31T23:59:59.
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[IncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListAppointmentsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterclient_id=filterclient_id,
            filteractivity_id=filteractivity_id,
            filterdate_intersect_from=filterdate_intersect_from,
            filterdate_intersect_to=filterdate_intersect_to,
            page=page,
            limit=limit,
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
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> ListAppointmentsResponse200:
    """list_appointments: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterclient_id=filterclient_id,
            filteractivity_id=filteractivity_id,
            filterdate_intersect_from=filterdate_intersect_from,
            filterdate_intersect_to=filterdate_intersect_to,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> Page[AppointmentResource]:
    """list_appointments: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterclient_id=filterclient_id,
            filteractivity_id=filteractivity_id,
            filterdate_intersect_from=filterdate_intersect_from,
            filterdate_intersect_to=filterdate_intersect_to,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
