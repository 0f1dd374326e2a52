from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_staff_staffid_response_403_data_types import (
    CompanyCompanyidStaffStaffidResponse403DataTypes,
)
from ...models.company_companyid_staff_staffid_response_404_data_types import (
    CompanyCompanyidStaffStaffidResponse404DataTypes,
)
from ...models.company_companyid_staff_staffid_response_data_types import (
    CompanyCompanyidStaffStaffidResponseDataTypes,
)
from ...types import Response


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
        "extensions": {"altegio_operation": "get_team_member"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyCompanyidStaffStaffidResponse403DataTypes
    | CompanyCompanyidStaffStaffidResponse404DataTypes
    | CompanyCompanyidStaffStaffidResponseDataTypes
    | None
):
    parse_ctx = ParseContext(response, "get_team_member")
    if response.status_code == 200:
        response_200 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 403:
        response_403 = CompanyCompanyidStaffStaffidResponse403DataTypes._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = CompanyCompanyidStaffStaffidResponse404DataTypes._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompanyCompanyidStaffStaffidResponse403DataTypes
    | CompanyCompanyidStaffStaffidResponse404DataTypes
    | CompanyCompanyidStaffStaffidResponseDataTypes
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_team_member", exc) from exc
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
) -> Response[
    CompanyCompanyidStaffStaffidResponse403DataTypes
    | CompanyCompanyidStaffStaffidResponse404DataTypes
    | CompanyCompanyidStaffStaffidResponseDataTypes
]:
    """Get Team Members / Specific Team Member

    Args:
        location_id (int):
        team_member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidStaffStaffidResponse403DataTypes | CompanyCompanyidStaffStaffidResponse404DataTypes | CompanyCompanyidStaffStaffidResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        team_member_id=team_member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    team_member_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    CompanyCompanyidStaffStaffidResponse403DataTypes
    | CompanyCompanyidStaffStaffidResponse404DataTypes
    | CompanyCompanyidStaffStaffidResponseDataTypes
    | None
):
    """Get Team Members / Specific Team Member

    Args:
        location_id (int):
        team_member_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidStaffStaffidResponse403DataTypes | CompanyCompanyidStaffStaffidResponse404DataTypes | CompanyCompanyidStaffStaffidResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            team_member_id=team_member_id,
            client=client,
        )
    ).parsed
