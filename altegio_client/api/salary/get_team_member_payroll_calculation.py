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
from ...models.get_team_member_payroll_calculation_response_200 import (
    GetTeamMemberPayrollCalculationResponse200,
)
from ...types import Response
from .._operations import get_team_member_payroll_calculation as OPERATION

if TYPE_CHECKING:
    from ...models.salary_payroll_calculation_container import (
        SalaryPayrollCalculationContainer,
    )

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}".format(
            location_id=path_segment("get_team_member_payroll_calculation", "location_id", location_id, int),
            team_member_id=path_segment("get_team_member_payroll_calculation", "team_member_id", team_member_id, int),
            calculation_id=path_segment("get_team_member_payroll_calculation", "calculation_id", calculation_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTeamMemberPayrollCalculationResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTeamMemberPayrollCalculationResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTeamMemberPayrollCalculationResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTeamMemberPayrollCalculationResponse200:
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
    calculation_id: int,
    *,
    client: OperationClient,
) -> Response[GetTeamMemberPayrollCalculationResponse200]:
    """Get payroll calculation details of a team member

    ``GET /v1/company/{location_id}/salary/payroll/staff/{team_member_id}/calculation/{calculation_id}``

    The method allows location owner to get details of a specific payroll calculation.

    Args:
        location_id (int):
        team_member_id (int):
        calculation_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTeamMemberPayrollCalculationResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            calculation_id,
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
    calculation_id: int,
    *,
    client: OperationClient,
) -> GetTeamMemberPayrollCalculationResponse200:
    """get_team_member_payroll_calculation: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            calculation_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    calculation_id: int,
    *,
    client: OperationClient,
) -> SalaryPayrollCalculationContainer:
    """get_team_member_payroll_calculation: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            calculation_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
