from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.assign_service_to_team_member_body import AssignServiceToTeamMemberBody
from ...models.assign_service_to_team_member_response_201 import (
    AssignServiceToTeamMemberResponse201,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/services/{service_id}/staff".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "assign_service_to_team_member"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AssignServiceToTeamMemberResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "assign_service_to_team_member")
    if response.status_code == 201:
        response_201 = AssignServiceToTeamMemberResponse201._lazy(response_json(response), parse_ctx)

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
    AssignServiceToTeamMemberResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "assign_service_to_team_member", exc) from exc
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
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> Response[
    AssignServiceToTeamMemberResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    """Linking a Team Member to a Provided Service

     Creates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignServiceToTeamMemberResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: AssignServiceToTeamMemberBody | Unset = UNSET,
) -> (
    AssignServiceToTeamMemberResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Linking a Team Member to a Provided Service

     Creates a team member service link with provided duration and bill of materials.

    Args:
        location_id (int):
        service_id (int):
        body (AssignServiceToTeamMemberBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignServiceToTeamMemberResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
