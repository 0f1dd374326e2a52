from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_position_quick_body import CreatePositionQuickBody
from ...models.create_position_quick_response_201 import CreatePositionQuickResponse201
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/positions/quick".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_position_quick"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreatePositionQuickResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "create_position_quick")
    if response.status_code == 201:
        response_201 = CreatePositionQuickResponse201._lazy(response_json(response), parse_ctx)

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
    CreatePositionQuickResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_position_quick", exc) from exc
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
    body: CreatePositionQuickBody | Unset = UNSET,
) -> Response[
    CreatePositionQuickResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    """Deprecated. Quick create a position

     **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    Args:
        location_id (int):
        body (CreatePositionQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePositionQuickResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
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
    body: CreatePositionQuickBody | Unset = UNSET,
) -> (
    CreatePositionQuickResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Deprecated. Quick create a position

     **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    Args:
        location_id (int):
        body (CreatePositionQuickBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePositionQuickResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
