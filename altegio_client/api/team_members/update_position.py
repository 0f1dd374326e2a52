from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_position_body import CreatePositionBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    company_id: int,
    position_id: int,
    *,
    body: CreatePositionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/locations/{company_id}/positions/{position_id}".format(
            company_id=quote(str(company_id), safe=""),
            position_id=quote(str(position_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_position"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    parse_ctx = ParseContext(response, "update_position")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_position", exc) from exc
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
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePositionBody,
) -> Response[Any | ErrorResponse]:
    """Update Position

     Update a Position. The request must contain `title`.

    Args:
        company_id (int):
        position_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        position_id=position_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePositionBody,
) -> Any | ErrorResponse | None:
    """Update Position

     Update a Position. The request must contain `title`.

    Args:
        company_id (int):
        position_id (int):
        body (CreatePositionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            position_id=position_id,
            client=client,
            body=body,
        )
    ).parsed
