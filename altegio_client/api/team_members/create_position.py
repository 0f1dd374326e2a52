from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_position_body import CreatePositionBody
from ...models.create_position_response_201 import CreatePositionResponse201
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    company_id: int,
    *,
    body: CreatePositionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("create_position", body, CreatePositionBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/locations/{company_id}/positions".format(
            company_id=path_segment("create_position", "company_id", company_id, int),
        ),
        "extensions": {"altegio_operation": "create_position"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePositionResponse201 | ErrorResponse | None:
    parse_ctx = ParseContext(response, "create_position")
    if response.status_code == 201:
        response_201 = CreatePositionResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePositionResponse201 | ErrorResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_position", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    company_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePositionBody,
) -> Response[CreatePositionResponse201 | ErrorResponse]:
    """Create Position

     Create a Position for Team Members at the specified Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePositionResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePositionBody,
) -> CreatePositionResponse201 | ErrorResponse | None:
    """Create Position

     Create a Position for Team Members at the specified Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePositionResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
