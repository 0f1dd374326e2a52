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
from ...models.company_companyid_staff_staffid_response_data_types import (
    CompanyCompanyidStaffStaffidResponseDataTypes,
)
from ...types import Response
from .._operations import get_team_member as OPERATION

if TYPE_CHECKING:
    from ...models.team_member import TeamMember

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/staff/{team_member_id}".format(
            location_id=path_segment("get_team_member", "location_id", location_id, int),
            team_member_id=path_segment("get_team_member", "team_member_id", team_member_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyidStaffStaffidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCompanyidStaffStaffidResponseDataTypes:
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
) -> Response[CompanyCompanyidStaffStaffidResponseDataTypes]:
    """Get Team Members / Specific Team Member

    ``GET /v1/company/{location_id}/staff/{team_member_id}``

    Args:
        location_id (int):
        team_member_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCompanyidStaffStaffidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
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
) -> CompanyCompanyidStaffStaffidResponseDataTypes:
    """get_team_member: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
) -> list[TeamMember] | TeamMember:
    """get_team_member: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
