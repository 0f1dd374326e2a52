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
from ...models.phone_code_auth_request import PhoneCodeAuthRequest
from ...models.user_auth_response import UserAuthResponse
from ...types import Response
from .._operations import log_in_with_phone_number_and_code as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: PhoneCodeAuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, PhoneCodeAuthRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserAuthResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = UserAuthResponse._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = UserAuthResponse._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> UserAuthResponse:
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
    body: PhoneCodeAuthRequest,
) -> Response[UserAuthResponse]:
    """Log in with phone number and code

    ``POST /v1/user/auth``

    To access both online and offline (e.g., phone-made) appointments, the user must log in by verifying
    their phone number. This is done by requesting a confirmation code to be sent via SMS using the "SMS
    phone number verification code" endpoint.

    Args:
        body (PhoneCodeAuthRequest): Log in with the phone number and the code sent to it by SMS
            Example: {'phone': '13155550175', 'code': '38829'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UserAuthResponse]: status, headers and the parsed body (low-level).
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
    body: PhoneCodeAuthRequest,
) -> UserAuthResponse:
    """log_in_with_phone_number_and_code: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
