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
from ...models.list_services_include_item import (
    ListServicesIncludeItem,
)
from ...models.list_services_response_200 import ListServicesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["page"] = page

    params["limit"] = limit

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/services".format(
            location_id=path_segment("list_services", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_services"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListServicesResponse200 | None:
    parse_ctx = ParseContext(response, "list_services")
    if response.status_code == 200:
        response_200 = ListServicesResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListServicesResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_services", exc) from exc
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
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListServicesResponse200]:
    """List Services

     Retrieve Services for a Location, optionally filtered by Service IDs.

    The response uses JSON:API resource objects. Pagination uses `page` and
    `limit`; pagination metadata is not returned.

    Related data can be requested by repeating the `include` parameter, for
    example `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServicesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterservice_ids=filterservice_ids,
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
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListServicesResponse200 | None:
    """List Services

     Retrieve Services for a Location, optionally filtered by Service IDs.

    The response uses JSON:API resource objects. Pagination uses `page` and
    `limit`; pagination metadata is not returned.

    Related data can be requested by repeating the `include` parameter, for
    example `?include=resources&include=company_links`.

    Args:
        location_id (int):
        filterservice_ids (list[int] | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 250.
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterservice_ids=filterservice_ids,
            page=page,
            limit=limit,
            include=include,
        )
    ).parsed
