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
from ...models.record_companyid_response_201_data_types import (
    RecordCompanyidResponse201DataTypes,
)
from ...models.records_companyid_request_data_types_type_0 import (
    RecordsCompanyidRequestDataTypesType0,
)
from ...models.records_companyid_request_data_types_type_1 import (
    RecordsCompanyidRequestDataTypesType1,
)
from ...types import UNSET, Response, Unset
from .._operations import update_appointment as OPERATION

if TYPE_CHECKING:
    from ...models.record_companyid_response_201_data_types_data import (
        RecordCompanyidResponse201DataTypesData,
    )
    from ...types import UNSET, Unset

    pass


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

    require_body(OPERATION.name, body, RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/record/{location_id}/{record_id}".format(
            location_id=path_segment("update_appointment", "location_id", location_id, int),
            record_id=path_segment("update_appointment", "record_id", record_id, int),
        ),
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


def _parse_response(response: httpx.Response) -> RecordCompanyidResponse201DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = RecordCompanyidResponse201DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = RecordCompanyidResponse201DataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> RecordCompanyidResponse201DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Response[RecordCompanyidResponse201DataTypes]:
    """Edit Appointment

    ``PUT /v1/record/{location_id}/{record_id}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[RecordCompanyidResponse201DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
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
    record_id: int,
    *,
    client: OperationClient,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> RecordCompanyidResponse201DataTypes:
    """update_appointment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> RecordCompanyidResponse201DataTypesData:
    """update_appointment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
