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
    response_json,
    total_count,
)
from ...models.companies_data_types import CompaniesDataTypes
from ...models.get_location_list_include_item import (
    GetLocationListIncludeItem,
)
from ...types import UNSET, Response, Unset
from .._operations import get_location_list as OPERATION

if TYPE_CHECKING:
    from ...models.location_list_item import LocationListItem
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    active: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["group_id"] = group_id

    params["my"] = my

    params["active"] = active

    params["forBooking"] = for_booking

    params["show_groups"] = show_groups

    params["city_id"] = city_id

    params["showBookforms"] = show_bookforms

    params["min_id"] = min_id

    params["show_deleted"] = show_deleted

    params["hide_record_type_single"] = hide_record_type_single

    params["hide_record_type_activity"] = hide_record_type_activity

    params["hide_record_type_mixed"] = hide_record_type_mixed

    params["business_group_id"] = business_group_id

    params["business_type_id"] = business_type_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params["count"] = count

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/companies",
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompaniesDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompaniesDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompaniesDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompaniesDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    active: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[CompaniesDataTypes]:
    """Get a list of locations

    ``GET /v1/companies``

    Get a list of locations with data

    Args:
        id (int | Unset):
        group_id (int | Unset):
        my (float | Unset):
        active (float | Unset):
        for_booking (float | Unset):
        show_groups (float | Unset):
        city_id (int | Unset):
        show_bookforms (float | Unset):
        min_id (int | Unset):
        show_deleted (float | Unset):
        hide_record_type_single (float | Unset):
        hide_record_type_activity (float | Unset):
        hide_record_type_mixed (float | Unset):
        business_group_id (int | Unset):
        business_type_id (int | Unset):
        include (list[GetLocationListIncludeItem] | Unset):
        count (int | Unset):
        page (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompaniesDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    active: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> CompaniesDataTypes:
    """get_location_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    *,
    client: OperationClient,
    id: int | Unset = UNSET,
    group_id: int | Unset = UNSET,
    my: float | Unset = UNSET,
    active: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    city_id: int | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    min_id: int | Unset = UNSET,
    show_deleted: float | Unset = UNSET,
    hide_record_type_single: float | Unset = UNSET,
    hide_record_type_activity: float | Unset = UNSET,
    hide_record_type_mixed: float | Unset = UNSET,
    business_group_id: int | Unset = UNSET,
    business_type_id: int | Unset = UNSET,
    include: list[GetLocationListIncludeItem] | Unset = UNSET,
    count: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Page[LocationListItem]:
    """get_location_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id=id,
            group_id=group_id,
            my=my,
            active=active,
            for_booking=for_booking,
            show_groups=show_groups,
            city_id=city_id,
            show_bookforms=show_bookforms,
            min_id=min_id,
            show_deleted=show_deleted,
            hide_record_type_single=hide_record_type_single,
            hide_record_type_activity=hide_record_type_activity,
            hide_record_type_mixed=hide_record_type_mixed,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            include=include,
            count=count,
            page=page,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
