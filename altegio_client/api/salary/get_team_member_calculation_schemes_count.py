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
from ...models.get_team_member_calculation_schemes_count_response_200 import (
    GetTeamMemberCalculationSchemesCountResponse200,
)
from ...types import Response
from .._operations import get_team_member_calculation_schemes_count as OPERATION

if TYPE_CHECKING:
    from ...models.salary_staff_schemes_count import SalaryStaffSchemesCount

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count".format(
            location_id=path_segment("get_team_member_calculation_schemes_count", "location_id", location_id, int),
            team_member_id=path_segment(
                "get_team_member_calculation_schemes_count", "team_member_id", team_member_id, int
            ),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTeamMemberCalculationSchemesCountResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTeamMemberCalculationSchemesCountResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTeamMemberCalculationSchemesCountResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTeamMemberCalculationSchemesCountResponse200:
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
) -> Response[GetTeamMemberCalculationSchemesCountResponse200]:
    """Obtaining payroll schemes count for a team member

    ``GET /v1/company/{location_id}/salary/calculation/staff/{team_member_id}/salary_schemes_count``

    The method allows you to get salary calculation schemes count for a team member before trying to
    obtain calculation data.

    Args:
        location_id (int):
        team_member_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTeamMemberCalculationSchemesCountResponse200]: status, headers and the parsed body (low-level).
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
) -> GetTeamMemberCalculationSchemesCountResponse200:
    """get_team_member_calculation_schemes_count: the parsed body (see ``asyncio_detailed``)."""
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
) -> SalaryStaffSchemesCount:
    """get_team_member_calculation_schemes_count: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
