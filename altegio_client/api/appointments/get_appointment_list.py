from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    Page,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
    total_count,
)
from ...models.records_companyid_response_data_types import (
    RecordsCompanyidResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_appointment_list as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_list_item import AppointmentListItem
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
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

    params["staff_id"] = staff_id

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
            location_id=path_segment("get_appointment_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> RecordsCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> RecordsCompanyidResponseDataTypes:
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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
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
) -> Response[RecordsCompanyidResponseDataTypes]:
    """Get list of appointments

    ``GET /v1/records/{location_id}``

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
        staff_id (int | Unset):
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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[RecordsCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            count=count,
            staff_id=staff_id,
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
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
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
) -> RecordsCompanyidResponseDataTypes:
    """get_appointment_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            count=count,
            staff_id=staff_id,
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
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
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
) -> Page[AppointmentListItem]:
    """get_appointment_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            page=page,
            count=count,
            staff_id=staff_id,
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
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
