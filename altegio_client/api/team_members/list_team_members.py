from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_team_members_filterfired import (
    ListTeamMembersFilterfired,
)
from ...models.list_team_members_include_item import (
    ListTeamMembersIncludeItem,
)
from ...models.list_team_members_response_200 import ListTeamMembersResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filtername: str | Unset = UNSET,
    filterposition_id: int | Unset = UNSET,
    filterposition_title: str | Unset = UNSET,
    filterfired: ListTeamMembersFilterfired | Unset = 2,
    filterdeleted: ListTeamMembersFilterfired | Unset = 0,
    filteruser_linked: ListTeamMembersFilterfired | Unset = 2,
    filteris_paid: ListTeamMembersFilterfired | Unset = 2,
    filterhas_schedule: ListTeamMembersFilterfired | Unset = 2,
    filteris_assistant: ListTeamMembersFilterfired | Unset = 2,
    include: list[ListTeamMembersIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[name]"] = filtername

    params["filter[position_id]"] = filterposition_id

    params["filter[position_title]"] = filterposition_title

    json_filterfired: int | Unset = UNSET
    if not isinstance(filterfired, Unset):
        json_filterfired = filterfired

    params["filter[fired]"] = json_filterfired

    json_filterdeleted: int | Unset = UNSET
    if not isinstance(filterdeleted, Unset):
        json_filterdeleted = filterdeleted

    params["filter[deleted]"] = json_filterdeleted

    json_filteruser_linked: int | Unset = UNSET
    if not isinstance(filteruser_linked, Unset):
        json_filteruser_linked = filteruser_linked

    params["filter[user_linked]"] = json_filteruser_linked

    json_filteris_paid: int | Unset = UNSET
    if not isinstance(filteris_paid, Unset):
        json_filteris_paid = filteris_paid

    params["filter[is_paid]"] = json_filteris_paid

    json_filterhas_schedule: int | Unset = UNSET
    if not isinstance(filterhas_schedule, Unset):
        json_filterhas_schedule = filterhas_schedule

    params["filter[has_schedule]"] = json_filterhas_schedule

    json_filteris_assistant: int | Unset = UNSET
    if not isinstance(filteris_assistant, Unset):
        json_filteris_assistant = filteris_assistant

    params["filter[is_assistant]"] = json_filteris_assistant

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/team_members".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_team_members"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListTeamMembersResponse200 | None:
    parse_ctx = ParseContext(response, "list_team_members")
    if response.status_code == 200:
        response_200 = ListTeamMembersResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListTeamMembersResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_team_members", exc) from exc
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
    filtername: str | Unset = UNSET,
    filterposition_id: int | Unset = UNSET,
    filterposition_title: str | Unset = UNSET,
    filterfired: ListTeamMembersFilterfired | Unset = 2,
    filterdeleted: ListTeamMembersFilterfired | Unset = 0,
    filteruser_linked: ListTeamMembersFilterfired | Unset = 2,
    filteris_paid: ListTeamMembersFilterfired | Unset = 2,
    filterhas_schedule: ListTeamMembersFilterfired | Unset = 2,
    filteris_assistant: ListTeamMembersFilterfired | Unset = 2,
    include: list[ListTeamMembersIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListTeamMembersResponse200]:
    """List Team Members

     Retrieve Team Members for a Location as JSON:API resource objects.

    Use the filters to select Team Members by name, Position, account link,
    schedule, payment, dismissal, deletion, or assistant availability. Status
    filters use `0`, `1`, and `2`, where `2` disables that filter.

    Related data can be requested by repeating the `include` parameter. The
    `employee` wire value returns an employment profile that can contain
    sensitive employment and identity data. Request and store it only when it
    is necessary for the integration.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default: 2.
        filterdeleted (ListTeamMembersFilterfired | Unset):  Default: 0.
        filteruser_linked (ListTeamMembersFilterfired | Unset):  Default: 2.
        filteris_paid (ListTeamMembersFilterfired | Unset):  Default: 2.
        filterhas_schedule (ListTeamMembersFilterfired | Unset):  Default: 2.
        filteris_assistant (ListTeamMembersFilterfired | Unset):  Default: 2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTeamMembersResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filtername=filtername,
        filterposition_id=filterposition_id,
        filterposition_title=filterposition_title,
        filterfired=filterfired,
        filterdeleted=filterdeleted,
        filteruser_linked=filteruser_linked,
        filteris_paid=filteris_paid,
        filterhas_schedule=filterhas_schedule,
        filteris_assistant=filteris_assistant,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filtername: str | Unset = UNSET,
    filterposition_id: int | Unset = UNSET,
    filterposition_title: str | Unset = UNSET,
    filterfired: ListTeamMembersFilterfired | Unset = 2,
    filterdeleted: ListTeamMembersFilterfired | Unset = 0,
    filteruser_linked: ListTeamMembersFilterfired | Unset = 2,
    filteris_paid: ListTeamMembersFilterfired | Unset = 2,
    filterhas_schedule: ListTeamMembersFilterfired | Unset = 2,
    filteris_assistant: ListTeamMembersFilterfired | Unset = 2,
    include: list[ListTeamMembersIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListTeamMembersResponse200 | None:
    """List Team Members

     Retrieve Team Members for a Location as JSON:API resource objects.

    Use the filters to select Team Members by name, Position, account link,
    schedule, payment, dismissal, deletion, or assistant availability. Status
    filters use `0`, `1`, and `2`, where `2` disables that filter.

    Related data can be requested by repeating the `include` parameter. The
    `employee` wire value returns an employment profile that can contain
    sensitive employment and identity data. Request and store it only when it
    is necessary for the integration.

    Args:
        location_id (int):
        filtername (str | Unset):
        filterposition_id (int | Unset):
        filterposition_title (str | Unset):
        filterfired (ListTeamMembersFilterfired | Unset):  Default: 2.
        filterdeleted (ListTeamMembersFilterfired | Unset):  Default: 0.
        filteruser_linked (ListTeamMembersFilterfired | Unset):  Default: 2.
        filteris_paid (ListTeamMembersFilterfired | Unset):  Default: 2.
        filterhas_schedule (ListTeamMembersFilterfired | Unset):  Default: 2.
        filteris_assistant (ListTeamMembersFilterfired | Unset):  Default: 2.
        include (list[ListTeamMembersIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTeamMembersResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filtername=filtername,
            filterposition_id=filterposition_id,
            filterposition_title=filterposition_title,
            filterfired=filterfired,
            filterdeleted=filterdeleted,
            filteruser_linked=filteruser_linked,
            filteris_paid=filteris_paid,
            filterhas_schedule=filterhas_schedule,
            filteris_assistant=filteris_assistant,
            include=include,
        )
    ).parsed
