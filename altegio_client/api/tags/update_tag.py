from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.update_tag_body import UpdateTagBody
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...models.update_tag_response_403 import UpdateTagResponse403
from ...models.update_tag_response_404 import UpdateTagResponse404
from ...models.update_tag_response_422 import UpdateTagResponse422
from ...types import Response


def _get_kwargs(
    company_id: int,
    tag_id: int,
    *,
    body: UpdateTagBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("update_tag", body, UpdateTagBody)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/locations/{company_id}/tags/{tag_id}".format(
            company_id=path_segment("update_tag", "company_id", company_id, int),
            tag_id=path_segment("update_tag", "tag_id", tag_id, int),
        ),
        "extensions": {"altegio_operation": "update_tag"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422 | None:
    parse_ctx = ParseContext(response, "update_tag")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = UpdateTagResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_tag", exc) from exc
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
    body: UpdateTagBody,
) -> Response[Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422]:
    """Update Tag

     Updates an existing Tag.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTagBody,
) -> Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422 | None:
    """Update Tag

     Updates an existing Tag.

    Args:
        company_id (int):
        tag_id (int):
        body (UpdateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateTagResponse401 | UpdateTagResponse403 | UpdateTagResponse404 | UpdateTagResponse422
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            tag_id=tag_id,
            client=client,
            body=body,
        )
    ).parsed
