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
from ...models.create_user_invitation_body import CreateUserInvitationBody
from ...models.user_invite_response_data_types import UserInviteResponseDataTypes
from ...types import UNSET, Response, Unset
from .._operations import create_user_invitation as OPERATION

if TYPE_CHECKING:
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/user/invite/{location_id}".format(
            location_id=path_segment("create_user_invitation", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserInviteResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 202:
        response_202 = UserInviteResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_202 = UserInviteResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_202


def _parsed(client: OperationClient, response: httpx.Response) -> UserInviteResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> Response[UserInviteResponseDataTypes]:
    """Create and Send an Invitation

    ``POST /v1/user/invite/{location_id}``

    An invitation to manage a location is sent via email or phone as a link. By following the link and
    completing registration, the user gains access to manage the location according to the permissions
    assigned.
    Permission assignment is performed in a separate request after the invitation is sent.

    Args:
        location_id (int):
        body (CreateUserInvitationBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UserInviteResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    location_id: int,
    *,
    client: OperationClient,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> UserInviteResponseDataTypes:
    """create_user_invitation: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: CreateUserInvitationBody | Unset = UNSET,
) -> str:
    """create_user_invitation: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
