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
from ...models.check_memberships_for_event_response_200 import (
    CheckMembershipsForEventResponse200,
)
from ...types import UNSET, Response
from .._operations import check_memberships_for_event as OPERATION

if TYPE_CHECKING:
    from ...models.check_memberships_for_event_response_200_data import (
        CheckMembershipsForEventResponse200Data,
    )
    from ...types import UNSET

    pass


def _get_kwargs(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    activity_id: int,
    schedule_day_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activity_id"] = activity_id

    params["schedule_day_ids"] = schedule_day_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity".format(
            location_id=path_segment("check_memberships_for_event", "location_id", location_id, int),
            client_id=path_segment("check_memberships_for_event", "client_id", client_id, int),
            membership_id=path_segment("check_memberships_for_event", "membership_id", membership_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CheckMembershipsForEventResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CheckMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CheckMembershipsForEventResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CheckMembershipsForEventResponse200:
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
    membership_id: int,
    *,
    client: OperationClient,
    activity_id: int,
    schedule_day_ids: str,
) -> Response[CheckMembershipsForEventResponse200]:
    """Check membership availability for event

    ``GET /v1/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/check_for_activity``

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
        activity_id (int):
        schedule_day_ids (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CheckMembershipsForEventResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            membership_id,
            activity_id=activity_id,
            schedule_day_ids=schedule_day_ids,
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
    membership_id: int,
    *,
    client: OperationClient,
    activity_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventResponse200:
    """check_memberships_for_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            membership_id,
            activity_id=activity_id,
            schedule_day_ids=schedule_day_ids,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    client: OperationClient,
    activity_id: int,
    schedule_day_ids: str,
) -> CheckMembershipsForEventResponse200Data:
    """check_memberships_for_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            client_id,
            membership_id,
            activity_id=activity_id,
            schedule_day_ids=schedule_day_ids,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
