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
from ...models.include_item import IncludeItem
from ...models.list_appointments_response_200 import ListAppointmentsResponse200
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/appointments".format(
            location_id=path_segment("list_appointments", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_appointments"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAppointmentsResponse200 | None:
    parse_ctx = ParseContext(response, "list_appointments")
    if response.status_code == 200:
        response_200 = ListAppointmentsResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListAppointmentsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_appointments", exc) from exc
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
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListAppointmentsResponse200]:
    """List Appointments

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAppointmentsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterclient_id=filterclient_id,
        filteractivity_id=filteractivity_id,
        filterdate_intersect_from=filterdate_intersect_from,
        filterdate_intersect_to=filterdate_intersect_to,
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
    filterclient_id: int | Unset = UNSET,
    filteractivity_id: int | Unset = UNSET,
    filterdate_intersect_from: str | Unset = UNSET,
    filterdate_intersect_to: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[IncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListAppointmentsResponse200 | None:
    """List Appointments

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterclient_id=filterclient_id,
            filteractivity_id=filteractivity_id,
            filterdate_intersect_from=filterdate_intersect_from,
            filterdate_intersect_to=filterdate_intersect_to,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
