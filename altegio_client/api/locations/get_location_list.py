from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.companies_data_types import CompaniesDataTypes
from ...models.get_location_list_include_item import (
    GetLocationListIncludeItem,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
        "extensions": {"altegio_operation": "get_location_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompaniesDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_location_list")
    if response.status_code == 200:
        response_200 = CompaniesDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompaniesDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_location_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[CompaniesDataTypes | UnauthorizedResponse401]:
    """Get a list of locations

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompaniesDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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
) -> CompaniesDataTypes | UnauthorizedResponse401 | None:
    """Get a list of locations

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompaniesDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
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
        )
    ).parsed
