from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.bookform_id_info_data_types import BookformIdInfoDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bookform/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_booking_form_config"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_booking_form_config")
    if response.status_code == 200:
        response_200 = BookformIdInfoDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_booking_form_config", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Booking Form Configuration

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Booking Form Configuration

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookformIdInfoDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
