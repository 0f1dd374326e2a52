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
from ...models.list_team_members_filterfired import (
    ListTeamMembersFilterfired,
)
from ...models.list_team_members_include_item import (
    ListTeamMembersIncludeItem,
)
from ...models.list_team_members_response_200 import ListTeamMembersResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_team_members as OPERATION

if TYPE_CHECKING:
    from ...models.team_member_resource import TeamMemberResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/team_members".format(
            location_id=path_segment("list_team_members", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListTeamMembersResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListTeamMembersResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListTeamMembersResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListTeamMembersResponse200:
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
) -> Response[ListTeamMembersResponse200]:
    """List Team Members

    ``GET /v2/locations/{location_id}/team_members``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListTeamMembersResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
) -> ListTeamMembersResponse200:
    """list_team_members: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
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
) -> list[TeamMemberResource]:
    """list_team_members: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
