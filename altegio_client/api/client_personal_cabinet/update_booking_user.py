from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.booking_user_update_info_request_data_types import (
    BookingUserUpdateInfoRequestDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    *,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/booking/user",
        "extensions": {"altegio_operation": "update_booking_user"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_booking_user")
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_booking_user", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Update Online Booking User Data

     Updating a team member’s data in online booking.

     When updating a phone number, the confirmation_code field must be included in the request. This
    code should be obtained using the [SMS confirmation code of the phone number to change
    data](#operation/Send%20SMS%20code%20confirmation%20number%20phone%20for%20change%20data)

    Args:
        body (BookingUserUpdateInfoRequestDataTypes): Updating User Data in Online Booking
            Example: {'name': 'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175',
            'confirmation_code': '1234'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BookingUserUpdateInfoRequestDataTypes,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Update Online Booking User Data

     Updating a team member’s data in online booking.

     When updating a phone number, the confirmation_code field must be included in the request. This
    code should be obtained using the [SMS confirmation code of the phone number to change
    data](#operation/Send%20SMS%20code%20confirmation%20number%20phone%20for%20change%20data)

    Args:
        body (BookingUserUpdateInfoRequestDataTypes): Updating User Data in Online Booking
            Example: {'name': 'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175',
            'confirmation_code': '1234'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
