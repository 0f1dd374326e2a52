from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.search_memberships_for_event_response_200 import (
    SearchMembershipsForEventResponse200,
)
from ...types import UNSET, Response
from .._operations import search_memberships_for_event as OPERATION

if TYPE_CHECKING:
    from ...models.search_memberships_for_event_response_200_data_item import (
        SearchMembershipsForEventResponse200DataItem,
    )
    from ...types import UNSET

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    activity_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activity_id"] = activity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity".format(
            location_id=path_segment("search_memberships_for_event", "location_id", location_id, int),
            client_id=path_segment("search_memberships_for_event", "client_id", client_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> SearchMembershipsForEventResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = SearchMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = SearchMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> SearchMembershipsForEventResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    activity_id: int,
) -> Response[SearchMembershipsForEventResponse200]:
    """Search available subscriptions for event

    ``GET /v1/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity``

    Retrieves subscriptions that can be used to create a client schedule for a series of events.

    This method returns subscriptions (memberships) that:
    - Belong to the specified client
    - Are valid and active
    - Can be applied to the specified activity
    - Have remaining visits available

    **Use cases:**
    - Display available subscriptions when scheduling recurring activity sessions
    - Check which subscriptions cover specific activity types
    - Validate subscription applicability before creating schedules

    **Note:** Returns subscriptions with their types and availability intervals.

    Args:
        location_id (int):
        client_id (int):
        activity_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SearchMembershipsForEventResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            activity_id=activity_id,
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
    client_id: int,
    *,
    client: OperationClient,
    activity_id: int,
) -> SearchMembershipsForEventResponse200:
    """search_memberships_for_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            activity_id=activity_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    *,
    client: OperationClient,
    activity_id: int,
) -> list[SearchMembershipsForEventResponse200DataItem]:
    """search_memberships_for_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            activity_id=activity_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
