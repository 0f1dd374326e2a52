from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.search_memberships_for_event_response_200 import (
    SearchMembershipsForEventResponse200,
)
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    event_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/search_for_activity".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
        "extensions": {"altegio_operation": "search_memberships_for_event"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "search_memberships_for_event")
    if response.status_code == 200:
        response_200 = SearchMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "search_memberships_for_event", exc) from exc
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
    client_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
) -> Response[GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401]:
    """Search available subscriptions for event

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
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
) -> GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401 | None:
    """Search available subscriptions for event

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
        event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse401 | SearchMembershipsForEventResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
            event_id=event_id,
        )
    ).parsed
