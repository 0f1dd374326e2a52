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
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.user_records_response_data_types import UserRecordsResponseDataTypes
from ...types import Response


def _get_kwargs(
    record_id: int,
    record_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/records/{record_id}/{record_hash}".format(
            record_id=quote(str(record_id), safe=""),
            record_hash=quote(str(record_hash), safe=""),
        ),
        "extensions": {"altegio_operation": "get_user_appointment_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes | None:
    parse_ctx = ParseContext(response, "get_user_appointment_list")
    if response.status_code == 201:
        response_201 = UserRecordsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_user_appointment_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: AuthenticatedClient,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes]:
    """Get User Appointments

     The JSON Object containing the user appointment parameters has the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | YES | Appointment ID |
    | services | array of numbers | YES | List of ID service appointments |
    | location | object | YES | location parameters |
    | staff | object | YES | Parameters of the team member who was booked. Note: "staff" is a legacy
    field name for team member. |
    | clients_count | int | YES | Number of clients |
    | date | string | YES | Session date |
    | datetime | string | YES | Session date in ISO |
    | create_date | string | YES | Appointment creation date |
    | length | number | YES | Session duration |
    | deleted | boolean | YES | Has the appointment been created ? (true if deleted) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment. Set to 0 to disable SMS reminders |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment. Set to 0 to disable email reminders |
    | comment | string | YES | Appointment Comment |
    | master_requested | boolean | YES | Whether a specific team member was specified when appointment
    (false if "any team member" was specified) |
    | online | boolean | YES | Indicates whether the appointment was created online by the client (true)
    or manually by an administrator (false) |
    | visit_attendance | number | YES | 2 - The user confirmed the appointment, 1 - The user came, the
    services were provided, 0 - the user was waiting, -1 - the user did not come to visit |
    | api_id | string | NO | External Appointment ID |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | prepaid | boolean | NO | Is online payment available for appointment |
    | prepaid_confirmed | boolean | NO | Online payment status |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | activity_id | int | NO | Event ID (for group events) |

    Each object in the services array has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Service ID |
    | title | string | Service name |
    | cost | float | Service cost |
    | price_min | float | Minimum price of the service |
    | price_max | float | Maximum service price |
    | discount | float | Discount |
    | amount | int | Number of ordered services |
    | session_length | int | Service duration in seconds (only if filter by team member is set) |

    The location object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | location ID |
    | title | string | location name |
    | country_id | number | Identifier of the country in which the location is located |
    | country | string | location name |
    | city_id | number | Identifier of the city where the location is located) |
    | city | string | location city name |
    | time zone | string | timezone locations |
    | address | string | Address where the location is located |
    | phone | string | location's main phone number |
    | phones | array of strings | All phone numbers of the location |
    | coordinate_lat | float | Latitude where the location is located |
    | coordinate lng | float | Longitude |
    | allow_delete_record | boolean | Is it possible to delete an appointment |
    | allow_change_record | boolean | Is it possible to reschedule the appointment |
    | site | string | location website |
    | currency_short_title | string | Currency symbol |
    | allow_change_record_delay_step | int | Time after which you can reschedule the appointment |
    | allow_delete_record_delay_step | int | Time after which you can delete an appointment |

    The team member object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | team member ID |
    | name | string | team member name |
    | specialization | string | team member specialization |
    | position | object | team member position |
    | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
    | rating | number | team member rating |
    | votes_count | number | Number of votes rated team member |
    | comments_count | number | Number of comments to a team member |
    | avatar | string | Path to team member avatar file |

    Args:
        record_id (int):
        record_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        record_hash=record_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: int,
    record_hash: str,
    *,
    client: AuthenticatedClient,
) -> NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes | None:
    """Get User Appointments

     The JSON Object containing the user appointment parameters has the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | YES | Appointment ID |
    | services | array of numbers | YES | List of ID service appointments |
    | location | object | YES | location parameters |
    | staff | object | YES | Parameters of the team member who was booked. Note: "staff" is a legacy
    field name for team member. |
    | clients_count | int | YES | Number of clients |
    | date | string | YES | Session date |
    | datetime | string | YES | Session date in ISO |
    | create_date | string | YES | Appointment creation date |
    | length | number | YES | Session duration |
    | deleted | boolean | YES | Has the appointment been created ? (true if deleted) |
    | notify_by_sms | number | NO | Number of hours in advance to send an SMS reminder for the
    appointment. Set to 0 to disable SMS reminders |
    | notify_by_email | number | NO | Number of hours in advance to send an email reminder for the
    appointment. Set to 0 to disable email reminders |
    | comment | string | YES | Appointment Comment |
    | master_requested | boolean | YES | Whether a specific team member was specified when appointment
    (false if "any team member" was specified) |
    | online | boolean | YES | Indicates whether the appointment was created online by the client (true)
    or manually by an administrator (false) |
    | visit_attendance | number | YES | 2 - The user confirmed the appointment, 1 - The user came, the
    services were provided, 0 - the user was waiting, -1 - the user did not come to visit |
    | api_id | string | NO | External Appointment ID |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | prepaid | boolean | NO | Is online payment available for appointment |
    | prepaid_confirmed | boolean | NO | Online payment status |
    | last_change_date | string | NO | Date of the last edit of the appointment |
    | activity_id | int | NO | Event ID (for group events) |

    Each object in the services array has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Service ID |
    | title | string | Service name |
    | cost | float | Service cost |
    | price_min | float | Minimum price of the service |
    | price_max | float | Maximum service price |
    | discount | float | Discount |
    | amount | int | Number of ordered services |
    | session_length | int | Service duration in seconds (only if filter by team member is set) |

    The location object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | location ID |
    | title | string | location name |
    | country_id | number | Identifier of the country in which the location is located |
    | country | string | location name |
    | city_id | number | Identifier of the city where the location is located) |
    | city | string | location city name |
    | time zone | string | timezone locations |
    | address | string | Address where the location is located |
    | phone | string | location's main phone number |
    | phones | array of strings | All phone numbers of the location |
    | coordinate_lat | float | Latitude where the location is located |
    | coordinate lng | float | Longitude |
    | allow_delete_record | boolean | Is it possible to delete an appointment |
    | allow_change_record | boolean | Is it possible to reschedule the appointment |
    | site | string | location website |
    | currency_short_title | string | Currency symbol |
    | allow_change_record_delay_step | int | Time after which you can reschedule the appointment |
    | allow_delete_record_delay_step | int | Time after which you can delete an appointment |

    The team member object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | team member ID |
    | name | string | team member name |
    | specialization | string | team member specialization |
    | position | object | team member position |
    | show_rating | number | Whether to show team member's rating (1 - show, 0 - don't show) |
    | rating | number | team member rating |
    | votes_count | number | Number of votes rated team member |
    | comments_count | number | Number of comments to a team member |
    | avatar | string | Path to team member avatar file |

    Args:
        record_id (int):
        record_hash (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | UserRecordsResponseDataTypes
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            record_hash=record_hash,
            client=client,
        )
    ).parsed
