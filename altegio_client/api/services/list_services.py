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
from ...models.list_services_include_item import (
    ListServicesIncludeItem,
)
from ...models.list_services_response_200 import ListServicesResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_services as OPERATION

if TYPE_CHECKING:
    from ...models.service_resource import ServiceResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/services".format(
            location_id=path_segment("list_services", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListServicesResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListServicesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListServicesResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListServicesResponse200:
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
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> Response[ListServicesResponse200]:
    """List Services

    ``GET /v2/locations/{location_id}/services``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListServicesResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_ids=filterservice_ids,
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
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> ListServicesResponse200:
    """list_services: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_ids=filterservice_ids,
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
    filterservice_ids: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 250,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> Page[ServiceResource]:
    """list_services: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_ids=filterservice_ids,
            page=page,
            limit=limit,
            include=include,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, None)
