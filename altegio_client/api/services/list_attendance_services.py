from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_attendance_services_response_200 import (
    ListAttendanceServicesResponse200,
)
from ...models.zero_or_one import ZeroOrOne
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_attendance_services"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAttendanceServicesResponse200 | None:
    parse_ctx = ParseContext(response, "list_attendance_services")
    if response.status_code == 200:
        response_200 = ListAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListAttendanceServicesResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_attendance_services", exc) from exc
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
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> Response[ErrorResponse | ListAttendanceServicesResponse200]:
    """List Attendance Services

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAttendanceServicesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        filtercategory_id=filtercategory_id,
        filterservice_ids=filterservice_ids,
        filterterm=filterterm,
        filteris_available_for_timetable=filteris_available_for_timetable,
        filteris_multi=filteris_multi,
        filteris_composite=filteris_composite,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    filtercategory_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterterm: str | Unset = UNSET,
    filteris_available_for_timetable: ZeroOrOne | Unset = UNSET,
    filteris_multi: ZeroOrOne | Unset = UNSET,
    filteris_composite: ZeroOrOne | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
) -> ErrorResponse | ListAttendanceServicesResponse200 | None:
    """List Attendance Services

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAttendanceServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            filtercategory_id=filtercategory_id,
            filterservice_ids=filterservice_ids,
            filterterm=filterterm,
            filteris_available_for_timetable=filteris_available_for_timetable,
            filteris_multi=filteris_multi,
            filteris_composite=filteris_composite,
            page=page,
            limit=limit,
        )
    ).parsed
