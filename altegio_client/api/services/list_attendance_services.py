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
from ...models.list_attendance_services_response_200 import (
    ListAttendanceServicesResponse200,
)
from ...models.zero_or_one import ZeroOrOne
from ...types import UNSET, Response, Unset
from .._operations import list_attendance_services as OPERATION

if TYPE_CHECKING:
    from ...models.attendance_service_resource import AttendanceServiceResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["filter[category_id]"] = filtercategory_id

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[term]"] = filterterm

    json_filteris_available_for_timetable: int | Unset = UNSET
    if not isinstance(filteris_available_for_timetable, Unset):
        json_filteris_available_for_timetable = filteris_available_for_timetable

    params["filter[is_available_for_timetable]"] = json_filteris_available_for_timetable

    json_filteris_multi: int | Unset = UNSET
    if not isinstance(filteris_multi, Unset):
        json_filteris_multi = filteris_multi

    params["filter[is_multi]"] = json_filteris_multi

    json_filteris_composite: int | Unset = UNSET
    if not isinstance(filteris_composite, Unset):
        json_filteris_composite = filteris_composite

    params["filter[is_composite]"] = json_filteris_composite

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/attendance_services".format(
            location_id=path_segment("list_attendance_services", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListAttendanceServicesResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListAttendanceServicesResponse200:
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
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> Response[ListAttendanceServicesResponse200]:
    """List Attendance Services

    ``GET /v2/locations/{location_id}/attendance_services``

    Retrieve Service delivery options for the Location timetable. Each result
    combines a Service with its applicable Team Member, duration, price, and
    composite Service context.

    The response is paginated and includes pagination metadata.

    Args:
        location_id (int):
        staff_id (int | Unset):
        filtercategory_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterterm (str | Unset):
        filteris_available_for_timetable (ZeroOrOne | Unset):
        filteris_multi (ZeroOrOne | Unset):
        filteris_composite (ZeroOrOne | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListAttendanceServicesResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            filtercategory_id=filtercategory_id,
            filterservice_ids=filterservice_ids,
            filterterm=filterterm,
            filteris_available_for_timetable=filteris_available_for_timetable,
            filteris_multi=filteris_multi,
            filteris_composite=filteris_composite,
            page=page,
            limit=limit,
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
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> ListAttendanceServicesResponse200:
    """list_attendance_services: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            filtercategory_id=filtercategory_id,
            filterservice_ids=filterservice_ids,
            filterterm=filterterm,
            filteris_available_for_timetable=filteris_available_for_timetable,
            filteris_multi=filteris_multi,
            filteris_composite=filteris_composite,
            page=page,
            limit=limit,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> Page[AttendanceServiceResource]:
    """list_attendance_services: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            filtercategory_id=filtercategory_id,
            filterservice_ids=filterservice_ids,
            filterterm=filterterm,
            filteris_available_for_timetable=filteris_available_for_timetable,
            filteris_multi=filteris_multi,
            filteris_composite=filteris_composite,
            page=page,
            limit=limit,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
