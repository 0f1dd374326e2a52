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
from ...models.records_companyid_request_data_types_type_0 import (
    RecordsCompanyidRequestDataTypesType0,
)
from ...models.records_companyid_request_data_types_type_1 import (
    RecordsCompanyidRequestDataTypesType1,
)
from ...models.records_companyid_response_data_types import (
    RecordsCompanyidResponseDataTypes,
)
from ...types import Response
from .._operations import create_appointment as OPERATION

if TYPE_CHECKING:
    from ...models.appointment_list_item import AppointmentListItem

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/records/{location_id}".format(
            location_id=path_segment("create_appointment", "location_id", location_id, int),
        ),
    }

    if isinstance(body, RecordsCompanyidRequestDataTypesType0):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RecordsCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


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
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> Response[RecordsCompanyidResponseDataTypes]:
    """Create a New Appointment

    ``POST /v1/records/{location_id}``

    Creates a standard Appointment or an Appointment in a Group Event.

    For a standard Appointment, `staff_id`, `services`, `client`, `datetime`, and
    `seance_length` are required.

    For a Group Event Appointment, `activity_id` and `client` are required. The API
    obtains `staff_id`, `services`, `datetime`, and `seance_length` from the Group Event.

    To set custom Appointment Fields, pass an object in `custom_fields`, with each key
    matching a field code configured for the Location. The Business User must have both
    `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`.

    Args:
        location_id (int):
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
        Response[RecordsCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> RecordsCompanyidResponseDataTypes:
    """create_appointment: the parsed body (see ``asyncio_detailed``)."""
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
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> list[AppointmentListItem]:
    """create_appointment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
