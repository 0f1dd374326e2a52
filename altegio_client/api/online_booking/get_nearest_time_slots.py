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
from ...models.book_staff_seances_companyid_staffid_data_types import (
    BookStaffSeancesCompanyidStaffidDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_nearest_time_slots as OPERATION

if TYPE_CHECKING:
    from ...models.book_staff_seances_companyid_staffid_data_types_data import (
        BookStaffSeancesCompanyidStaffidDataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids

    params["datetime"] = datetime

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_staff_seances/{location_id}/{team_member_id}".format(
            location_id=path_segment("get_nearest_time_slots", "location_id", location_id, int),
            team_member_id=path_segment("get_nearest_time_slots", "team_member_id", team_member_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> BookStaffSeancesCompanyidStaffidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookStaffSeancesCompanyidStaffidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookStaffSeancesCompanyidStaffidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookStaffSeancesCompanyidStaffidDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> Response[BookStaffSeancesCompanyidStaffidDataTypes]:
    """Get Nearest Available Time Slots for Team Member

    ``GET /v1/book_staff_seances/{location_id}/{team_member_id}``

    the team member's nearest sessions object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | session_date | string | Next date with available sessions |
    | sessions | array | List of available sessions |


    The following filters are available:

    + service_ids: Array of service IDs. If you need sessions, when can you book these services
    + datetime: date (in iso8601 format) for which you want to get the next sessions

    Args:
        location_id (int):
        team_member_id (int):
        service_ids (list[int] | Unset):
        datetime (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookStaffSeancesCompanyidStaffidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            service_ids=service_ids,
            datetime=datetime,
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
    team_member_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> BookStaffSeancesCompanyidStaffidDataTypes:
    """get_nearest_time_slots: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            service_ids=service_ids,
            datetime=datetime,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> BookStaffSeancesCompanyidStaffidDataTypesData:
    """get_nearest_time_slots: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            service_ids=service_ids,
            datetime=datetime,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
