from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.search_team_member_calculation_daily_salary_response_200 import (
    SearchTeamMemberCalculationDailySalaryResponse200,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response


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
        "url": "/v1/company/{location_id}/salary/calculation/staff/daily/{team_member_id}".format(
            location_id=quote(str(location_id), safe=""),
            team_member_id=quote(str(team_member_id), safe=""),
        ),
        "extensions": {"altegio_operation": "search_team_member_calculation_daily_salary"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    NotFoundResponse404
    | SearchTeamMemberCalculationDailySalaryResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "search_team_member_calculation_daily_salary")
    if response.status_code == 200:
        response_200 = SearchTeamMemberCalculationDailySalaryResponse200._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    NotFoundResponse404
    | SearchTeamMemberCalculationDailySalaryResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "search_team_member_calculation_daily_salary", exc) from exc
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
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> Response[
    NotFoundResponse404
    | SearchTeamMemberCalculationDailySalaryResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    """Receipt of mutual settlements of a team member grouped by date

     The method allows location owner to get mutual settlements of a team member grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | SearchTeamMemberCalculationDailySalaryResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
    date_from: str,
    date_to: str,
) -> (
    NotFoundResponse404
    | SearchTeamMemberCalculationDailySalaryResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Receipt of mutual settlements of a team member grouped by date

     The method allows location owner to get mutual settlements of a team member grouped by date.

    Args:
        location_id (int):
        team_member_id (int):
        date_from (str):
        date_to (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | SearchTeamMemberCalculationDailySalaryResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
