from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.update_service_links_body import UpdateServiceLinksBody
from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
from ...models.update_service_links_response_400 import UpdateServiceLinksResponse400
from ...models.update_service_links_response_401 import UpdateServiceLinksResponse401
from ...models.update_service_links_response_403 import UpdateServiceLinksResponse403
from ...models.update_service_links_response_404 import UpdateServiceLinksResponse404
from ...models.update_service_links_response_422 import UpdateServiceLinksResponse422
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("update_service_links", body, UpdateServiceLinksBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/services/links".format(
            location_id=path_segment("update_service_links", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "update_service_links"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateServiceLinksResponse200
    | UpdateServiceLinksResponse400
    | UpdateServiceLinksResponse401
    | UpdateServiceLinksResponse403
    | UpdateServiceLinksResponse404
    | UpdateServiceLinksResponse422
    | None
):
    parse_ctx = ParseContext(response, "update_service_links")
    if response.status_code == 200:
        response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = UpdateServiceLinksResponse400._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = UpdateServiceLinksResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateServiceLinksResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateServiceLinksResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = UpdateServiceLinksResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateServiceLinksResponse200
    | UpdateServiceLinksResponse400
    | UpdateServiceLinksResponse401
    | UpdateServiceLinksResponse403
    | UpdateServiceLinksResponse404
    | UpdateServiceLinksResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_service_links", exc) from exc
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
    body: UpdateServiceLinksBody,
) -> Response[
    UpdateServiceLinksResponse200
    | UpdateServiceLinksResponse400
    | UpdateServiceLinksResponse401
    | UpdateServiceLinksResponse403
    | UpdateServiceLinksResponse404
    | UpdateServiceLinksResponse422
]:
    """Update service links

     Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    Args:
        location_id (int):
        body (UpdateServiceLinksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateServiceLinksResponse200 | UpdateServiceLinksResponse400 | UpdateServiceLinksResponse401 | UpdateServiceLinksResponse403 | UpdateServiceLinksResponse404 | UpdateServiceLinksResponse422]
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
    body: UpdateServiceLinksBody,
) -> (
    UpdateServiceLinksResponse200
    | UpdateServiceLinksResponse400
    | UpdateServiceLinksResponse401
    | UpdateServiceLinksResponse403
    | UpdateServiceLinksResponse404
    | UpdateServiceLinksResponse422
    | None
):
    """Update service links

     Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    Args:
        location_id (int):
        body (UpdateServiceLinksBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateServiceLinksResponse200 | UpdateServiceLinksResponse400 | UpdateServiceLinksResponse401 | UpdateServiceLinksResponse403 | UpdateServiceLinksResponse404 | UpdateServiceLinksResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
