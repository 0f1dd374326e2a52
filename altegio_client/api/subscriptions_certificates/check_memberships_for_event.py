from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.check_memberships_for_event_response_200 import (
    CheckMembershipsForEventResponse200,
)
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import UNSET, Response


def _get_kwargs(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    event_id: int,
    schedule_day_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event_id"] = event_id

    params["schedule_day_ids"] = schedule_day_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
        "extensions": {"altegio_operation": "check_memberships_for_event"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "check_memberships_for_event")
    if response.status_code == 200:
        response_200 = CheckMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_400

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
) -> Response[CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "check_memberships_for_event", exc) from exc
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
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> Response[CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    """Check membership availability for event

     Validates a specific subscription for creating activity schedules.

    Returns:
    - **Last possible appointment date** based on membership expiration
    - **Available visit count** for the selected subscription
    - **Schedule day IDs** that can be booked

    **Use cases:**
    - Validate subscription before creating recurring appointments
    - Check if subscription has enough visits for schedule
    - Determine last bookable date based on expiration
    - Pre-validate schedule parameters

    **Note:** Requires schedule_day_ids parameter to check specific dates.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        event_id=event_id,
        schedule_day_ids=schedule_day_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: AuthenticatedClient,
    event_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    """Check membership availability for event

     Validates a specific subscription for creating activity schedules.

    Returns:
    - **Last possible appointment date** based on membership expiration
    - **Available visit count** for the selected subscription
    - **Schedule day IDs** that can be booked

    **Use cases:**
    - Validate subscription before creating recurring appointments
    - Check if subscription has enough visits for schedule
    - Determine last bookable date based on expiration
    - Pre-validate schedule parameters

    **Note:** Requires schedule_day_ids parameter to check specific dates.

    Args:
        location_id (int):
        client_id (int):
        membership_id (int):
        event_id (int):
        schedule_day_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckMembershipsForEventResponse200 | GetTagResponse401 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            client=client,
            event_id=event_id,
            schedule_day_ids=schedule_day_ids,
        )
    ).parsed
