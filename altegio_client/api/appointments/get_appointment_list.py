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
from ...models.records_companyid_response_data_types import (
    RecordsCompanyidResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["team_member_id"] = team_member_id

    params["client_id"] = client_id

    params["created_user_id"] = created_user_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["c_start_date"] = c_start_date

    params["c_end_date"] = c_end_date

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params["with_deleted"] = with_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/records/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_appointment_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_appointment_list")
    if response.status_code == 200:
        response_200 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_appointment_list", exc) from exc
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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> Response[NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401]:
    """Get list of appointments

     ####  Filtering Appointments

    + staff_id: team member ID.

    Use this to retrieve appointments for a specific team member

    + client_id: Client ID

    Use this to retrieve appointments for a specific client

    + created_user_id: User ID

    User who created the appointment

    Use this to filter appointments created by a specific user

    + start_date: Session start date (inclusive)

    Returns appointments with a session starting on or after this date

    + end_date: Session end date (inclusive)

    Returns appointments with a session ending on or before this date

    + c_start_date: Appointment creation date from

    Returns appointments created on or after this date

    + c_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + changed_after: Modified or created after this datetime

    Returns appointments created or modified after the specified date and time

    + changed_before: Modified or created before this datetime

    Returns appointments created or modified before the specified date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        team_member_id=team_member_id,
        client_id=client_id,
        created_user_id=created_user_id,
        start_date=start_date,
        end_date=end_date,
        c_start_date=c_start_date,
        c_end_date=c_end_date,
        changed_after=changed_after,
        changed_before=changed_before,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
        with_deleted=with_deleted,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    client_id: int | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    c_start_date: str | Unset = UNSET,
    c_end_date: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
    with_deleted: bool | Unset = UNSET,
) -> NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    """Get list of appointments

     ####  Filtering Appointments

    + staff_id: team member ID.

    Use this to retrieve appointments for a specific team member

    + client_id: Client ID

    Use this to retrieve appointments for a specific client

    + created_user_id: User ID

    User who created the appointment

    Use this to filter appointments created by a specific user

    + start_date: Session start date (inclusive)

    Returns appointments with a session starting on or after this date

    + end_date: Session end date (inclusive)

    Returns appointments with a session ending on or before this date

    + c_start_date: Appointment creation date from

    Returns appointments created on or after this date

    + c_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + changed_after: Modified or created after this datetime

    Returns appointments created or modified after the specified date and time

    + changed_before: Modified or created before this datetime

    Returns appointments created or modified before the specified date and time

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        team_member_id (int | Unset):
        client_id (int | Unset):
        created_user_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        c_start_date (str | Unset):
        c_end_date (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        with_deleted (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            count=count,
            team_member_id=team_member_id,
            client_id=client_id,
            created_user_id=created_user_id,
            start_date=start_date,
            end_date=end_date,
            c_start_date=c_start_date,
            c_end_date=c_end_date,
            changed_after=changed_after,
            changed_before=changed_before,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
            with_deleted=with_deleted,
        )
    ).parsed
