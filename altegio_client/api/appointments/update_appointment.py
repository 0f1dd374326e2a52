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
from ...models.record_companyid_response_201_data_types import (
    RecordCompanyidResponse201DataTypes,
)
from ...models.records_companyid_request_data_types_type_0 import (
    RecordsCompanyidRequestDataTypesType0,
)
from ...models.records_companyid_request_data_types_type_1 import (
    RecordsCompanyidRequestDataTypesType1,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/record/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_appointment"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    if isinstance(body, RecordsCompanyidRequestDataTypesType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    NotFoundResponse404
    | RecordCompanyidResponse201DataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "update_appointment")
    if response.status_code == 201:
        response_201 = RecordCompanyidResponse201DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 400:
        response_400 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_400

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
    NotFoundResponse404 | RecordCompanyidResponse201DataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_appointment", exc) from exc
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
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Response[
    NotFoundResponse404 | RecordCompanyidResponse201DataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    """Edit Appointment

     Fully updates an Appointment. This is not a partial update: for a standard Appointment,
    resend `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when
    only `custom_fields` needs to change. A missing required field returns `422`.

    For a Group Event Appointment, send `activity_id` and `client`. The `activity_id` must
    match the Appointment's current Group Event. The API obtains `staff_id`, `services`,
    `datetime`, and `seance_length` from that Group Event.

    ### Updating only custom fields

    1. Get the current Appointment.
    2. Copy the required main fields into this request without changing them.
    3. Add the new values to `custom_fields`, using each configured field code as a key.

    The Business User must have both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`. Without both permissions, custom Appointment
    Field values are not updated.

    ### Editing restrictions

    The request can be rejected when the Appointment is waiting for online payment, lies
    outside the Business User's allowed editing period, is fully paid, or has an arrived
    client and the Business User lacks the corresponding edit permission.

    If `is_sale_bill_printed` is `true`, keep the resent date, time, client, attendance status,
    Team Member, and Services unchanged when updating only custom fields. Changes covered by
    the printed receipt can require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        body (RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1):
            Request body for creating or fully updating an Appointment. Example: {'staff_id': 8886,
            'services': [{'id': 331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333,
            'first_cost': 2000, 'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175',
            'name': 'James Smith', 'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | RecordCompanyidResponse201DataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        body=body,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> (
    NotFoundResponse404
    | RecordCompanyidResponse201DataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Edit Appointment

     Fully updates an Appointment. This is not a partial update: for a standard Appointment,
    resend `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when
    only `custom_fields` needs to change. A missing required field returns `422`.

    For a Group Event Appointment, send `activity_id` and `client`. The `activity_id` must
    match the Appointment's current Group Event. The API obtains `staff_id`, `services`,
    `datetime`, and `seance_length` from that Group Event.

    ### Updating only custom fields

    1. Get the current Appointment.
    2. Copy the required main fields into this request without changing them.
    3. Add the new values to `custom_fields`, using each configured field code as a key.

    The Business User must have both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`. Without both permissions, custom Appointment
    Field values are not updated.

    ### Editing restrictions

    The request can be rejected when the Appointment is waiting for online payment, lies
    outside the Business User's allowed editing period, is fully paid, or has an arrived
    client and the Business User lacks the corresponding edit permission.

    If `is_sale_bill_printed` is `true`, keep the resent date, time, client, attendance status,
    Team Member, and Services unchanged when updating only custom fields. Changes covered by
    the printed receipt can require reversing the receipt first.

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):
        body (RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1):
            Request body for creating or fully updating an Appointment. Example: {'staff_id': 8886,
            'services': [{'id': 331, 'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333,
            'first_cost': 2000, 'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175',
            'name': 'James Smith', 'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | RecordCompanyidResponse201DataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        )
    ).parsed
