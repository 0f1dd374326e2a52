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
from ...models.search_team_member_period_salary_response_200 import (
    SearchTeamMemberPeriodSalaryResponse200,
)
from ...types import UNSET, Response
from .._operations import search_team_member_calculation_salary as OPERATION

if TYPE_CHECKING:
    from ...models.salary_staff_calculation import SalaryStaffCalculation
    from ...types import UNSET

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/salary/calculation/staff/{team_member_id}".format(
            location_id=path_segment("search_team_member_calculation_salary", "location_id", location_id, int),
            team_member_id=path_segment("search_team_member_calculation_salary", "team_member_id", team_member_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> SearchTeamMemberPeriodSalaryResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = SearchTeamMemberPeriodSalaryResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = SearchTeamMemberPeriodSalaryResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> SearchTeamMemberPeriodSalaryResponse200:
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
    date_from: str,
    date_to: str,
) -> Response[SearchTeamMemberPeriodSalaryResponse200]:
    """Receipt of mutual settlements of a team member

    ``GET /v1/company/{location_id}/salary/calculation/staff/{team_member_id}``

    The method allows location owner to get mutual settlements of a team member.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SearchTeamMemberPeriodSalaryResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date_from=date_from,
            date_to=date_to,
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
    date_from: str,
    date_to: str,
) -> SearchTeamMemberPeriodSalaryResponse200:
    """search_team_member_calculation_salary: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    date_from: str,
    date_to: str,
) -> SalaryStaffCalculation:
    """search_team_member_calculation_salary: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            date_from=date_from,
            date_to=date_to,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
