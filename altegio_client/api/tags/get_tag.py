from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_response_200 import GetTagResponse200
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.get_tag_response_403 import GetTagResponse403
from ...models.get_tag_response_404 import GetTagResponse404
from ...types import Response


def _get_kwargs(
    company_id: int,
    tag_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/tags/{tag_id}".format(
            company_id=path_segment("get_tag", "company_id", company_id, int),
            tag_id=path_segment("get_tag", "tag_id", tag_id, int),
        ),
        "extensions": {"altegio_operation": "get_tag"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404 | None:
    parse_ctx = ParseContext(response, "get_tag")
    if response.status_code == 200:
        response_200 = GetTagResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = GetTagResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = GetTagResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_tag", exc) from exc
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
    tag_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404]:
    """Get Tag

     Returns detailed information about a specific Tag.

    Response uses [JSON:API](https://jsonapi.org/) format where `type: "tag"` is the resource type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        tag_id=tag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
) -> GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404 | None:
    """Get Tag

     Returns detailed information about a specific Tag.

    Response uses [JSON:API](https://jsonapi.org/) format where `type: "tag"` is the resource type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse200 | GetTagResponse401 | GetTagResponse403 | GetTagResponse404
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            tag_id=tag_id,
            client=client,
        )
    ).parsed
