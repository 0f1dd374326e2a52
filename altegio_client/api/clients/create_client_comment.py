from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_client_comment_body import CreateClientCommentBody
from ...models.create_client_comment_response_201 import CreateClientCommentResponse201
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    client_id: int,
    *,
    body: CreateClientCommentBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{location_id}/clients/{client_id}/comments".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_client_comment"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateClientCommentResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "create_client_comment")
    if response.status_code == 201:
        response_201 = CreateClientCommentResponse201._lazy(response_json(response), parse_ctx)

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
    CreateClientCommentResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_client_comment", exc) from exc
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
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateClientCommentBody | Unset = UNSET,
) -> Response[
    CreateClientCommentResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    """Add a comment for a client

     Creates a new text comment for a client.

    Args:
        location_id (int):
        client_id (int):
        body (CreateClientCommentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateClientCommentResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateClientCommentBody | Unset = UNSET,
) -> (
    CreateClientCommentResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Add a comment for a client

     Creates a new text comment for a client.

    Args:
        location_id (int):
        client_id (int):
        body (CreateClientCommentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateClientCommentResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
