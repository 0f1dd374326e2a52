from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_record_companyid_request_data_types import (
    BookRecordCompanyidRequestDataTypes,
)
from ...models.book_record_companyid_response_data_types import (
    BookRecordCompanyidResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: BookRecordCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/book_record/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_online_booking"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "create_online_booking")
    if response.status_code == 201:
        response_201 = BookRecordCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_online_booking", exc) from exc
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
    body: BookRecordCompanyidRequestDataTypes,
) -> Response[BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Create an Online Booking

     To create a session appointment, provide a JSON object containing the online booking parameters. The
    object includes the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | phone | string | YES | Client's phone number (eg +13155550175) |
    | full name | string | YES | Client name |
    | email | string | NO | Postal address of the client |
    | appointments | Array of objects | YES | Booking options (services, team members...) |
    | code | string | NO | Phone number confirmation code sent via SMS (only needed if you need to
    confirm the number) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment (set to 0 to disable reminders). |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment (set to 0 to disable the reminder). |
    | comment | string | NO | Appointment Comment |
    | api_id | string | NO | External Appointment ID |

    The appointments array consists of objects that have the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | Yes | Appointment ID for post-save feedback (see response to request).
    | services | array of numbers | NO | Array of IDs of the services the client wants to sign up for |
    | staff_id | number | YES | ID of the team member the client wants to book with (0 if any team
    member is selected) |
    | datetime | datetime | YES | Session date and time in ISO8601 format (passed for each session in
    the book_times resource)|
    | custom_fields | key-value object | NO | Custom field values that are returned with the appointment
    |

    Custom fields in the appointments array

    When custom appointment fields are created (see the "Custom Fields" section), you can pass custom
    values for them during appointment creation. These fields are unique to each location.
    Once the custom fields are set up, their values can be included in the optional custom_fields
    parameter. This should be passed as a key–value object, where each key corresponds to the code of
    the custom field. Example:

    * location created an custom appointment field with code="my_custom_field" type="number", and a
    second field code="some_another_field" type="list"
    *  When creating an appointment, another attribute was passed in the appointments array element: ""
    appointments: [{
        ...
    }, {
        ...
        custom_fields: {
        "my_custom_field": 123,
        "some_another_field": ["first value", "second value"]
        }
    }]"
    * When this appointment is received by the GET method later, the same value of custom fields will be
    returned in the response


    In response to the request to create an appointment, an array of objects will come (the number of
    objects is equal to the number of objects in the appointments array) with the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | The appointment ID as passed in the original appointments array |
    | record_id | number | The unique identifier of the appointment created in the system |
    | record_hash | string | A temporary ID used for deleting the appointment immediately after creation
    |

    Errors to be handled:
    1.  Incorrect SMS verification code.
    Returned with HTTP status 422 and error code 432. The SMS verification code entered by the user is
    invalid.

    2.  Selected time slot is already taken.
    Returned with HTTP status 422 and error code 433. The selected appointment time is unavailable. The
    response includes the id of the conflicting appointment from the appointments array.

    3.  User is blacklisted.
    Returned with HTTP status 403 and error code 434. The user with the specified phone number is
    blacklisted and cannot book an appointment.

    4.  Invalid phone number format.
    Returned with HTTP status 422 and error code 431. The user's phone number is not in a valid format.

    5.  Missing client name.
    Returned with HTTP status 422 and error code 435. The client's name was not provided.

    6.  No available team members.
    Returned with HTTP status 422 and error code 436. No team members are available at the selected time
    (commonly occurs when using a default team member setting).

    7.  Overlapping appointments in request.
    Returned with HTTP status 422 and error code 437. One of the selected times overlaps with another
    appointment in the same request. The response includes the id of the conflicting appointment from
    the appointments array.

    Args:
        location_id (int):
        body (BookRecordCompanyidRequestDataTypes): Create a session appointment Example:
            {'phone': '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com',
            'code': 38829, 'comment': 'test appointment!', 'type': 'mobile', 'notify_by_sms': 6,
            'notify_by_email': 24, 'api_id': 777, 'appointments': [{'id': 1, 'services': [331],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'next value']}}, {'id': 2,
            'services': [99055], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00',
            'custom_fields': {'my_custom_field': 456, 'some_another_field': ['next value', 'last
            value']}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
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
    body: BookRecordCompanyidRequestDataTypes,
) -> BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Create an Online Booking

     To create a session appointment, provide a JSON object containing the online booking parameters. The
    object includes the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | phone | string | YES | Client's phone number (eg +13155550175) |
    | full name | string | YES | Client name |
    | email | string | NO | Postal address of the client |
    | appointments | Array of objects | YES | Booking options (services, team members...) |
    | code | string | NO | Phone number confirmation code sent via SMS (only needed if you need to
    confirm the number) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment (set to 0 to disable reminders). |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment (set to 0 to disable the reminder). |
    | comment | string | NO | Appointment Comment |
    | api_id | string | NO | External Appointment ID |

    The appointments array consists of objects that have the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | Yes | Appointment ID for post-save feedback (see response to request).
    | services | array of numbers | NO | Array of IDs of the services the client wants to sign up for |
    | staff_id | number | YES | ID of the team member the client wants to book with (0 if any team
    member is selected) |
    | datetime | datetime | YES | Session date and time in ISO8601 format (passed for each session in
    the book_times resource)|
    | custom_fields | key-value object | NO | Custom field values that are returned with the appointment
    |

    Custom fields in the appointments array

    When custom appointment fields are created (see the "Custom Fields" section), you can pass custom
    values for them during appointment creation. These fields are unique to each location.
    Once the custom fields are set up, their values can be included in the optional custom_fields
    parameter. This should be passed as a key–value object, where each key corresponds to the code of
    the custom field. Example:

    * location created an custom appointment field with code="my_custom_field" type="number", and a
    second field code="some_another_field" type="list"
    *  When creating an appointment, another attribute was passed in the appointments array element: ""
    appointments: [{
        ...
    }, {
        ...
        custom_fields: {
        "my_custom_field": 123,
        "some_another_field": ["first value", "second value"]
        }
    }]"
    * When this appointment is received by the GET method later, the same value of custom fields will be
    returned in the response


    In response to the request to create an appointment, an array of objects will come (the number of
    objects is equal to the number of objects in the appointments array) with the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | The appointment ID as passed in the original appointments array |
    | record_id | number | The unique identifier of the appointment created in the system |
    | record_hash | string | A temporary ID used for deleting the appointment immediately after creation
    |

    Errors to be handled:
    1.  Incorrect SMS verification code.
    Returned with HTTP status 422 and error code 432. The SMS verification code entered by the user is
    invalid.

    2.  Selected time slot is already taken.
    Returned with HTTP status 422 and error code 433. The selected appointment time is unavailable. The
    response includes the id of the conflicting appointment from the appointments array.

    3.  User is blacklisted.
    Returned with HTTP status 403 and error code 434. The user with the specified phone number is
    blacklisted and cannot book an appointment.

    4.  Invalid phone number format.
    Returned with HTTP status 422 and error code 431. The user's phone number is not in a valid format.

    5.  Missing client name.
    Returned with HTTP status 422 and error code 435. The client's name was not provided.

    6.  No available team members.
    Returned with HTTP status 422 and error code 436. No team members are available at the selected time
    (commonly occurs when using a default team member setting).

    7.  Overlapping appointments in request.
    Returned with HTTP status 422 and error code 437. One of the selected times overlaps with another
    appointment in the same request. The response includes the id of the conflicting appointment from
    the appointments array.

    Args:
        location_id (int):
        body (BookRecordCompanyidRequestDataTypes): Create a session appointment Example:
            {'phone': '+13155550175', 'fullname': 'James Smith', 'email': 'j.smith@example.com',
            'code': 38829, 'comment': 'test appointment!', 'type': 'mobile', 'notify_by_sms': 6,
            'notify_by_email': 24, 'api_id': 777, 'appointments': [{'id': 1, 'services': [331],
            'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00', 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'next value']}}, {'id': 2,
            'services': [99055], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00',
            'custom_fields': {'my_custom_field': 456, 'some_another_field': ['next value', 'last
            value']}}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookRecordCompanyidResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
