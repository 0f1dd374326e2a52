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
    require_body,
    response_json,
)
from ...models.company_companyid_staff_staffid_response_data_types import (
    CompanyCompanyidStaffStaffidResponseDataTypes,
)
from ...models.staff_companyid_request_data_types import StaffCompanyidRequestDataTypes
from ...types import Response
from .._operations import deprecated_create_team_member as OPERATION

if TYPE_CHECKING:
    from ...models.team_member import TeamMember

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: StaffCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, StaffCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/staff/{location_id}".format(
            location_id=path_segment("deprecated_create_team_member", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyidStaffStaffidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = CompanyCompanyidStaffStaffidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


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
    *,
    client: OperationClient,
    body: StaffCompanyidRequestDataTypes,
) -> Response[CompanyCompanyidStaffStaffidResponseDataTypes]:
    """Add new team member

    ``POST /v1/staff/{location_id}``

    Args:
        location_id (int):
        body (StaffCompanyidRequestDataTypes): Add new team member Example: {'name': 'Basil',
            'specialization': 'the hairdresser', 'weight': 10, 'information': 'Trimming with three
            hands', 'api_id': '42', 'hidden': 0, 'fired': 0, 'user_id': 123, 'has_access_timetable':
            True, 'is_paid_staff': False, 'is_included_in_payment_policy': True}.

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
    *,
    client: OperationClient,
    body: StaffCompanyidRequestDataTypes,
) -> CompanyCompanyidStaffStaffidResponseDataTypes:
    """deprecated_create_team_member: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: StaffCompanyidRequestDataTypes,
) -> list[TeamMember] | TeamMember:
    """deprecated_create_team_member: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
