from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/settings/timeslots".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_timeslot_settings"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTimeslotSettingsResponse200 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "get_timeslot_settings")
    if response.status_code == 200:
        response_200 = GetTimeslotSettingsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTimeslotSettingsResponse200 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_timeslot_settings", exc) from exc
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
) -> Response[GetTimeslotSettingsResponse200 | UpdateTagResponse401]:
    """Get timeslot settings

     Retrieves the timeslot configuration for online booking at a location.

    Timeslot settings control how available booking times are displayed to clients:
    - Grid type (predefined, schedule-based, or dynamic)
    - Available time range
    - Step interval between slots
    - Delay before nearest available slot
    - Per-weekday and per-date overrides

    **Timeslot values are in seconds from midnight** (e.g., 7200 = 02:00, 50400 = 14:00).

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTimeslotSettingsResponse200 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
) -> GetTimeslotSettingsResponse200 | UpdateTagResponse401 | None:
    """Get timeslot settings

     Retrieves the timeslot configuration for online booking at a location.

    Timeslot settings control how available booking times are displayed to clients:
    - Grid type (predefined, schedule-based, or dynamic)
    - Available time range
    - Step interval between slots
    - Delay before nearest available slot
    - Per-weekday and per-date overrides

    **Timeslot values are in seconds from midnight** (e.g., 7200 = 02:00, 50400 = 14:00).

    Args:
        location_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTimeslotSettingsResponse200 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
        )
    ).parsed
