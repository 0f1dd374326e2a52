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
from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
from ...models.list_voip_calls_statuses_item import (
    ListVoipCallsStatusesItem,
)
from ...models.list_voip_calls_types_item import (
    ListVoipCallsTypesItem,
)
from ...types import UNSET, Response, Unset
from .._operations import list_voip_calls as OPERATION

if TYPE_CHECKING:
    from ...models.list_voip_calls_response_200_data_item import (
        ListVoipCallsResponse200DataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    *,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["salon_id"] = salon_id

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["phone"] = phone

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item: str = types_item_data
            json_types.append(types_item)

    params["types[]"] = json_types

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voip/integration/calls",
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListVoipCallsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListVoipCallsResponse200:
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
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListVoipCallsResponse200]:
    """Get Location's Call List

    ``GET /v1/voip/integration/calls``

    This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        salon_id (int): Location ID.
        date_from (str): Start date.
        date_to (str): End date.
        phone (str | Unset): Phone number.
        types (list[ListVoipCallsTypesItem] | Unset): Call types list
        statuses (list[ListVoipCallsStatusesItem] | Unset): Call statuses list
        page (int | Unset): Page number
        limit (int | Unset): Amount of elements on page

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListVoipCallsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
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
    *,
    client: OperationClient,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListVoipCallsResponse200:
    """list_voip_calls: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    *,
    client: OperationClient,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Page[ListVoipCallsResponse200DataItem]:
    """list_voip_calls: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
