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
from ...models.companies_data_types import CompaniesDataTypes
from ...types import UNSET, Response
from .._operations import list_marketplace_app_locations as OPERATION

if TYPE_CHECKING:
    from ...models.location_list_item import LocationListItem
    from ...types import UNSET

    pass


def _get_kwargs(
    application_id: int,
    *,
    page: int,
    count: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/application/{application_id}/salons".format(
            application_id=path_segment("list_marketplace_app_locations", "application_id", application_id, int),
        ),
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
    application_id: int,
    *,
    client: OperationClient,
    page: int,
    count: int,
) -> Response[CompaniesDataTypes]:
    """Data About Locations Connected to the Application

    ``GET /marketplace/application/{application_id}/salons``

    This endpoint retrieves a list of locations that have connected a specific application, along with
    detailed information about each.

    Args:
        application_id (int):
        page (int):
        count (int):

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
            application_id,
            page=page,
            count=count,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    application_id: int,
    *,
    client: OperationClient,
    page: int,
    count: int,
) -> CompaniesDataTypes:
    """list_marketplace_app_locations: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            application_id,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    application_id: int,
    *,
    client: OperationClient,
    page: int,
    count: int,
) -> Page[LocationListItem]:
    """list_marketplace_app_locations: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            application_id,
            page=page,
            count=count,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
