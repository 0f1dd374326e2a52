from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_staff_companyid_data_types import BookStaffCompanyidDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_team_members_available_for_booking"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_team_members_available_for_booking")
    if response.status_code == 200:
        response_200 = BookStaffCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_team_members_available_for_booking", exc) from exc
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
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> Response[BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Team Members Available for Booking

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        datetime=datetime,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    service_ids: list[int] | Unset = UNSET,
    datetime: float | Unset = UNSET,
) -> BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Team Members Available for Booking

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookStaffCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            service_ids=service_ids,
            datetime=datetime,
        )
    ).parsed
