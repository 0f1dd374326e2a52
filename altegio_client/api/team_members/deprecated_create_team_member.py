from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_staff_staffid_response_data_types import (
    CompanyCompanyidStaffStaffidResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.staff_companyid_request_data_types import StaffCompanyidRequestDataTypes
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: StaffCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "deprecated_create_team_member"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "deprecated_create_team_member")
    if response.status_code == 201:
        response_201 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "deprecated_create_team_member", exc) from exc
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
    body: StaffCompanyidRequestDataTypes,
) -> Response[CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Add new team member

    Args:
        location_id (int):
        body (StaffCompanyidRequestDataTypes): Add new team member Example: {'name': 'Basil',
            'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
            hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
            True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: StaffCompanyidRequestDataTypes,
) -> CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Add new team member

    Args:
        location_id (int):
        body (StaffCompanyidRequestDataTypes): Add new team member Example: {'name': 'Basil',
            'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
            hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
            True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidStaffStaffidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
