from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    require_body,
    response_json,
)
from ...models.auth_request import AuthRequest
from ...models.booking_auth_response import BookingAuthResponse
from ...types import Response
from .._operations import authorize_online_booking_user as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: AuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, AuthRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/booking/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookingAuthResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = BookingAuthResponse._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = BookingAuthResponse._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> BookingAuthResponse:
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
    body: AuthRequest,
) -> Response[BookingAuthResponse]:
    """Authorize Online Booking User

    ``POST /v1/booking/auth``

    When a user of an online account changes their password, their API key will change and a new
    authorization will be required

    | Attribute | Type | Description |
    | ------------- | ------------- | ------------- |
    | login | string | The visitor's phone number in the format +13155550175, or their email address. |
    | password | string | Visitor password |

    Args:
        body (AuthRequest): User authorization Example: {'login': 'testuser@alteg.io', 'password':
            'testpass'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookingAuthResponse]: status, headers and the parsed body (low-level).
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
    body: AuthRequest,
) -> BookingAuthResponse:
    """authorize_online_booking_user: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
