from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_position_response_200 import GetPositionResponse200
from ...types import Response


def _get_kwargs(
    company_id: int,
    position_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/positions/{position_id}".format(
            company_id=path_segment("get_position", "company_id", company_id, int),
            position_id=path_segment("get_position", "position_id", position_id, int),
        ),
        "extensions": {"altegio_operation": "get_position"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetPositionResponse200 | None:
    parse_ctx = ParseContext(response, "get_position")
    if response.status_code == 200:
        response_200 = GetPositionResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetPositionResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_position", exc) from exc
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
) -> Response[ErrorResponse | GetPositionResponse200]:
    """Get Position

     Retrieve a Position by ID as a JSON:API resource object.

    Args:
        company_id (int):
        position_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPositionResponse200]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        position_id=position_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    position_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetPositionResponse200 | None:
    """Get Position

     Retrieve a Position by ID as a JSON:API resource object.

    Args:
        company_id (int):
        position_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPositionResponse200
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            position_id=position_id,
            client=client,
        )
    ).parsed
