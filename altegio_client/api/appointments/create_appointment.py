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
from ...models.records_companyid_request_data_types_type_0 import (
    RecordsCompanyidRequestDataTypesType0,
)
from ...models.records_companyid_request_data_types_type_1 import (
    RecordsCompanyidRequestDataTypesType1,
)
from ...models.records_companyid_response_data_types import (
    RecordsCompanyidResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/records/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_appointment"},
    }

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
    | RecordsCompanyidResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "create_appointment")
    if response.status_code == 201:
        response_201 = RecordsCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

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
    NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_appointment", exc) from exc
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
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> Response[
    NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    """Create a New Appointment

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422]
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
    body: RecordsCompanyidRequestDataTypesType0 | RecordsCompanyidRequestDataTypesType1,
) -> (
    NotFoundResponse404
    | RecordsCompanyidResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Create a New Appointment

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | RecordsCompanyidResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
