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
from ...models.get_user_permissions_response_200 import GetUserPermissionsResponse200
from ...models.update_user_permissions_body import UpdateUserPermissionsBody
from ...types import UNSET, Response, Unset
from .._operations import update_user_permissions as OPERATION

if TYPE_CHECKING:
    from ...models.user_role_permissions import UserRolePermissions
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}/users/{user_id}/permissions".format(
            location_id=path_segment("update_user_permissions", "location_id", location_id, int),
            user_id=path_segment("update_user_permissions", "user_id", user_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GetUserPermissionsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetUserPermissionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetUserPermissionsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetUserPermissionsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    client: OperationClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> Response[GetUserPermissionsResponse200]:
    """Updating permission values and user role

    ``PUT /v1/company/{location_id}/users/{user_id}/permissions``

    Updates the role and permissions of the user, as well as the team member who is attached to this
    user.

    Args:
        location_id (int):
        user_id (int):
        body (UpdateUserPermissionsBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetUserPermissionsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
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
    user_id: int,
    *,
    client: OperationClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> GetUserPermissionsResponse200:
    """update_user_permissions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    user_id: int,
    *,
    client: OperationClient,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> UserRolePermissions:
    """update_user_permissions: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            user_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
