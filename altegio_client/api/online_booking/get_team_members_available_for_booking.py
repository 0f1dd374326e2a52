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
from ...models.book_staff_companyid_data_types import BookStaffCompanyidDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_team_members_available_for_booking as OPERATION

if TYPE_CHECKING:
    from ...models.book_staff_companyid_data_types_data_item import (
        BookStaffCompanyidDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
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
        "url": "/v1/book_staff/{location_id}".format(
            location_id=path_segment("get_team_members_available_for_booking", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> BookStaffCompanyidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookStaffCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookStaffCompanyidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookStaffCompanyidDataTypes:
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
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> Response[BookStaffCompanyidDataTypes]:
    """Get Team Members Available for Booking

    ``GET /v1/book_staff/{location_id}``

    Each object from the array of team members available for booking has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | team member ID |
    | name | string | team member name |
    | specialization | string | team member specialization |
    | position | object | team member position |
    | bookable | boolean | Does the team member have sessions available for booking |
    | weight | number | team member weight. When withdrawing, team members are sorted by weight, heavier
    first |
    | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
    | rating | number | team member rating |
    | votes_count | number | Number of votes rated team member |
    | comments_count | number | Number of comments to a team member |
    | avatar | string | Path to team member avatar file |
    | information | string | Additional information about the team member (HTML format) |
    | session_date | string | Date of the next day that there are available sessions (only for bookable
    = true) |


    The following filters are available:

    + service_ids: Array of service IDs. If you need team members who provide only the selected service
    + datetime: date (in iso8601 format). If you need team members who have sessions for the specified
    service at the specified time

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        datetime (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookStaffCompanyidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> BookStaffCompanyidDataTypes:
    """get_team_members_available_for_booking: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_ids=service_ids,
            datetime=datetime,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> list[BookStaffCompanyidDataTypesDataItem]:
    """get_team_members_available_for_booking: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_ids=service_ids,
            datetime=datetime,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
