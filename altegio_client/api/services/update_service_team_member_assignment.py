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
from ...models.assign_service_to_team_member_response_201 import (
    AssignServiceToTeamMemberResponse201,
)
from ...models.update_service_team_member_assignment_body import (
    UpdateServiceTeamMemberAssignmentBody,
)
from ...types import UNSET, Response, Unset
from .._operations import update_service_team_member_assignment as OPERATION

if TYPE_CHECKING:
    from ...models.master_service_link import MasterServiceLink
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}/services/{service_id}/staff/{team_member_id}".format(
            location_id=path_segment("update_service_team_member_assignment", "location_id", location_id, int),
            service_id=path_segment("update_service_team_member_assignment", "service_id", service_id, int),
            team_member_id=path_segment("update_service_team_member_assignment", "team_member_id", team_member_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AssignServiceToTeamMemberResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = AssignServiceToTeamMemberResponse201._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = AssignServiceToTeamMemberResponse201._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> AssignServiceToTeamMemberResponse201:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """Updating Team Member Service Link Settings

    ``PUT /v1/company/{location_id}/services/{service_id}/staff/{team_member_id}``

    Updates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        team_member_id (int):
        body (UpdateServiceTeamMemberAssignmentBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[AssignServiceToTeamMemberResponse201]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            team_member_id,
            body=body,
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
    service_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> AssignServiceToTeamMemberResponse201:
    """update_service_team_member_assignment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            team_member_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: UpdateServiceTeamMemberAssignmentBody | Unset = UNSET,
) -> MasterServiceLink:
    """update_service_team_member_assignment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            team_member_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
