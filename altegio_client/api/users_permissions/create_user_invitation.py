from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_user_invitation_body import CreateUserInvitationBody
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...models.user_invite_response_data_types import UserInviteResponseDataTypes
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/invite/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_user_invitation"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes | None
):
    parse_ctx = ParseContext(response, "create_user_invitation")
    if response.status_code == 202:
        response_202 = UserInviteResponseDataTypes._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_user_invitation", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> Response[
    NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes
]:
    """Create and Send an Invitation

     An invitation to manage a location is sent via email or phone as a link. By following the link and
    completing registration, the user gains access to manage the location according to the permissions
    assigned.
    Permission assignment is performed in a separate request after the invitation is sent.

    Args:
        location_id (int):
        body (CreateUserInvitationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> (
    NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes | None
):
    """Create and Send an Invitation

     An invitation to manage a location is sent via email or phone as a link. By following the link and
    completing registration, the user gains access to manage the location according to the permissions
    assigned.
    Permission assignment is performed in a separate request after the invitation is sent.

    Args:
        location_id (int):
        body (CreateUserInvitationBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422 | UserInviteResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
