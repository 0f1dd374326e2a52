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
from ...models.bookform_id_info_data_types import BookformIdInfoDataTypes
from ...types import Response
from .._operations import get_booking_form_config as OPERATION

if TYPE_CHECKING:
    from ...models.bookform_id_info_data_types_data import BookformIdInfoDataTypesData

    pass


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bookform/{id}".format(
            id=path_segment("get_booking_form_config", "id", id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BookformIdInfoDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookformIdInfoDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookformIdInfoDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookformIdInfoDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    id: int,
    *,
    client: OperationClient,
) -> Response[BookformIdInfoDataTypes]:
    """Get Booking Form Configuration

    ``GET /v1/bookform/{id}``

    Each Altegio client can create an unlimited number of Online Booking forms with different designs
    and booking scenarios.

    Typically, the ID of a booking form is embedded in the subdomain. For example:
    https://b123.alteg.io, where 123 is the booking form ID. This ID can be used to retrieve all
    necessary parameters for implementing Online Booking and to determine whether the booking applies to
    a specific location or a location chain.

    For chain widgets, you will also need to call the [GET] /locations method with the company_id filter
    to retrieve the list of locations available for booking.


    The object containing the Online Booking form settings includes the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | steps | Array of objects | Booking form steps with custom settings |
    | style | object | Booking form design settings |
    | group_id | number | Location chain ID (0 - if the booking form is for a non-chain location) |
    | company_id | number | Location ID (always returned, used to get additional settings) |
    | phone_confirmation | boolean | Do I need to confirm the phone by SMS (if groupid = 0 (not a group
    form), otherwise look in the settings of each location separately)
    | language | string | Booking form language (code from langs array) |
    | langs | array of object | List of widget languages
    | comment_required | boolean | Whether the field with a comment within booking is required
    | google_analytics_id | string | Google Analytics ID
    | facebook_pixel_id | string | Facebook Pixel ID
    | sms_enabled | boolean | Is sending SMS available?
    | comment_input_name | string (optional) | Title for the field with a comment to the booking (if not
    set, the default value is used)
    | booking_notify_text | string (optional) | The text of the notification that is displayed (if set)
    at the step of entering contact data
    | is_show_privacy_policy | boolean | Whether it is necessary to display the text of the agreement on
    the personal data processing policy to the user
    | specialization_display_mode | number | Display the specialization or position of the team member.
    0 - Specialization, 1 - Position

    The steps array consists of objects that have the following fields:

    | Field | Type | Description | For what steps is specified |
    | ------------- | ------------- | ------------- | ------------- |
    | step | string | Step city/company/service/team member/datetime/contact/confirm |
    | title | string | Name of the step to display in the interface | For everyone |
    | number | number | What number should this step be displayed on (starting from 1) | For everyone |
    | default | string or number | The default value for this step, if set | For all but datetime |
    | hidden | boolean | Hide this step when booking or not | For everyone |
    | date_hidden | boolean | Hide this step when booking or not | For datetime |
    | time_hidden | boolean | Hide this step when booking or not | For datetime |
    | date_default | string | The default value for this step, if set | For datetime |
    | time_default | number | The default value for this step, if set | For datetime |

    The style object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | show header | boolean | Show header and menu or not |
    | logo | string | Path to logo image |
    | header_background | string | Path to subtitle background image |
    | menu_background | string | Path to menu background image |
    | primaryPalette | string | The main color of the form (all colors from the list: red, pink, purple,
    deep-purple, indigo, blue, light-blue, cyan, teal, green, light-green, lime, yellow, amber, orange,
    deep-orange, brown , grey, blue-grey, white, black) |
    | accentPalette | string | Form secondary color (subtitle semi-transparent cover) |
    | warnPalette | string | Booking form buttons color |
    | backgroundPalette | string | Booking form background color |

    Args:
        id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookformIdInfoDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    id: int,
    *,
    client: OperationClient,
) -> BookformIdInfoDataTypes:
    """get_booking_form_config: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    id: int,
    *,
    client: OperationClient,
) -> BookformIdInfoDataTypesData:
    """get_booking_form_config: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
