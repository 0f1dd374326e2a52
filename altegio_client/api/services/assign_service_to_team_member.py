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
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response_201 import (
    AssignServiceToTeamMemberResponse201,
)
from ...types import UNSET, Response, Unset
from .._operations import assign_service_to_team_member as OPERATION

if TYPE_CHECKING:
    from ...models.master_service_link import MasterServiceLink
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/services/{service_id}/staff".format(
            location_id=path_segment("assign_service_to_team_member", "location_id", location_id, int),
            service_id=path_segment("assign_service_to_team_member", "service_id", service_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AssignServiceToTeamMemberResponse201:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = AssignServiceToTeamMemberResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = AssignServiceToTeamMemberResponse201._lazy(response_json(response), parse_ctx)

    return response_201


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
    *,
    client: OperationClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> Response[AssignServiceToTeamMemberResponse201]:
    """Linking a Team Member to a Provided Service

    ``POST /v1/company/{location_id}/services/{service_id}/staff``

    Creates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

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
    *,
    client: OperationClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> AssignServiceToTeamMemberResponse201:
    """assign_service_to_team_member: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> MasterServiceLink:
    """assign_service_to_team_member: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
