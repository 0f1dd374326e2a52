from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    require_body,
)
from ...models.booking_user_update_info_request_data_types import (
    BookingUserUpdateInfoRequestDataTypes,
)
from ...types import Response
from .._operations import update_booking_user as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookingUserUpdateInfoRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/booking/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_202 = cast(Any, None)
    return response_202


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> Response[Any]:
    """Update Online Booking User Data

    ``PUT /v1/booking/user``

    Updating a team member’s data in online booking.

     When updating a phone number, the confirmation_code field must be included in the request. This
    code should be obtained using the [SMS confirmation code of the phone number to change
    data](#operation/Send%20SMS%20code%20confirmation%20number%20phone%20for%20change%20data)

    Args:
        body (BookingUserUpdateInfoRequestDataTypes): Updating User Data in Online Booking
            Example: {'name': 'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175',
            'confirmation_code': '1234'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
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
    *,
    client: OperationClient,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> Any:
    """update_booking_user: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
