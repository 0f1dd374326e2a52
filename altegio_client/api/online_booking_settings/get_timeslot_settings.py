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
from ...models.get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
from ...types import Response
from .._operations import get_timeslot_settings as OPERATION

if TYPE_CHECKING:
    from ...models.get_timeslot_settings_response_200_data import (
        GetTimeslotSettingsResponse200Data,
    )

    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/settings/timeslots".format(
            location_id=path_segment("get_timeslot_settings", "location_id", location_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTimeslotSettingsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTimeslotSettingsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTimeslotSettingsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTimeslotSettingsResponse200:
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
) -> Response[GetTimeslotSettingsResponse200]:
    """Get timeslot settings

    ``GET /v1/company/{location_id}/settings/timeslots``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTimeslotSettingsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
) -> GetTimeslotSettingsResponse200:
    """get_timeslot_settings: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
) -> GetTimeslotSettingsResponse200Data:
    """get_timeslot_settings: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
