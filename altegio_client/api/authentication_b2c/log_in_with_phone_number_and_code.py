from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.auth_request import AuthRequest
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.user_auth_response import UserAuthResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/auth",
        "extensions": {"altegio_operation": "log_in_with_phone_number_and_code"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse | None:
    parse_ctx = ParseContext(response, "log_in_with_phone_number_and_code")
    if response.status_code == 201:
        response_201 = UserAuthResponse._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "log_in_with_phone_number_and_code", exc) from exc
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
    body: AuthRequest,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse]:
    """Log in with phone number and code

     To access both online and offline (e.g., phone-made) appointments, the user must log in by verifying
    their phone number. This is done by requesting a confirmation code to be sent via SMS using the "SMS
    phone number verification code" endpoint.

    Args:
        body (AuthRequest): User authorization Example: {'login': 'testuser@alteg.io', 'password':
            'testpass'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AuthRequest,
) -> NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse | None:
    """Log in with phone number and code

     To access both online and offline (e.g., phone-made) appointments, the user must log in by verifying
    their phone number. This is done by requesting a confirmation code to be sent via SMS using the "SMS
    phone number verification code" endpoint.

    Args:
        body (AuthRequest): User authorization Example: {'login': 'testuser@alteg.io', 'password':
            'testpass'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | UserAuthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
