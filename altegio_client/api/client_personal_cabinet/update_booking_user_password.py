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
    require_body,
    response_json,
)
from ...models.booking_user_update_password_request_data_types import (
    BookingUserUpdatePasswordRequestDataTypes,
)
from ...models.booking_user_update_password_response_data_types import (
    BookingUserUpdatePasswordResponseDataTypes,
)
from ...types import Response
from .._operations import update_booking_user_password as OPERATION

if TYPE_CHECKING:
    from ...models.booking_user_update_password_response_data_types_data import (
        BookingUserUpdatePasswordResponseDataTypesData,
    )

    pass


def _get_kwargs(
    *,
    body: BookingUserUpdatePasswordRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookingUserUpdatePasswordRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/booking/user/password",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookingUserUpdatePasswordResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookingUserUpdatePasswordResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookingUserUpdatePasswordResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookingUserUpdatePasswordResponseDataTypes:
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
    body: BookingUserUpdatePasswordRequestDataTypes,
) -> Response[BookingUserUpdatePasswordResponseDataTypes]:
    """Update Online Booking User Password

    ``PUT /v1/booking/user/password``

    Updating the password of an online booking user.

    The response comes with a new user token.

    Args:
        body (BookingUserUpdatePasswordRequestDataTypes): Online Booking User Password Update
            Example: {'old_password': 'qwerty123', 'new_password': 'example!'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookingUserUpdatePasswordResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: BookingUserUpdatePasswordRequestDataTypes,
) -> BookingUserUpdatePasswordResponseDataTypes:
    """update_booking_user_password: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    body: BookingUserUpdatePasswordRequestDataTypes,
) -> BookingUserUpdatePasswordResponseDataTypesData:
    """update_booking_user_password: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
