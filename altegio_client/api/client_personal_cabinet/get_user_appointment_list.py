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
    response_json,
)
from ...models.user_records_response_data_types import UserRecordsResponseDataTypes
from ...types import Response
from .._operations import get_user_appointment_list as OPERATION

if TYPE_CHECKING:
    from ...models.user_records_response_data_types_data_item import (
        UserRecordsResponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    record_id: int,
    record_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/records/{record_id}/{record_hash}".format(
            record_id=path_segment("get_user_appointment_list", "record_id", record_id, int),
            record_hash=path_segment("get_user_appointment_list", "record_hash", record_hash, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserRecordsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = UserRecordsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = UserRecordsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> UserRecordsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    record_id: int,
    record_hash: str,
    *,
    client: OperationClient,
) -> Response[UserRecordsResponseDataTypes]:
    """Get User Appointments

    ``GET /v1/user/records/{record_id}/{record_hash}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UserRecordsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_id,
            record_hash,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    record_id: int,
    record_hash: str,
    *,
    client: OperationClient,
) -> UserRecordsResponseDataTypes:
    """get_user_appointment_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_id,
            record_hash,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    record_id: int,
    record_hash: str,
    *,
    client: OperationClient,
) -> list[UserRecordsResponseDataTypesDataItem]:
    """get_user_appointment_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_id,
            record_hash,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
