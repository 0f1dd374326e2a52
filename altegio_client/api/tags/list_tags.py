from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.list_tags_entity import ListTagsEntity
from ...models.list_tags_response_200 import ListTagsResponse200
from ...models.list_tags_response_404 import ListTagsResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    company_id: int,
    *,
    entity: ListTagsEntity | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_entity: str | Unset = UNSET
    if not isinstance(entity, Unset):
        json_entity = entity

    params["entity"] = json_entity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/tags".format(
            company_id=quote(str(company_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_tags"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404 | None:
    parse_ctx = ParseContext(response, "list_tags")
    if response.status_code == 200:
        response_200 = ListTagsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ListTagsResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_tags", exc) from exc
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
    entity: ListTagsEntity | Unset = UNSET,
) -> Response[GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404]:
    """List Tags

     Returns all Tags for the specified Location, optionally filtered by entity type.

    Response uses [JSON:API](https://jsonapi.org/) format where `type: "tag"` is the resource type name
    (not to be confused with `entity_type` attribute).

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Booking User Tags
    - `record` (2) - Appointment Tags
    - `activity` (3) - Event Tags

    Use the `entity` query parameter to filter by type. Accepts both string aliases and numeric values.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        entity=entity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: int,
    *,
    client: AuthenticatedClient,
    entity: ListTagsEntity | Unset = UNSET,
) -> GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404 | None:
    """List Tags

     Returns all Tags for the specified Location, optionally filtered by entity type.

    Response uses [JSON:API](https://jsonapi.org/) format where `type: "tag"` is the resource type name
    (not to be confused with `entity_type` attribute).

    **Entity types:**
    - `common` (0) - General tags
    - `client` (1) - Booking User Tags
    - `record` (2) - Appointment Tags
    - `activity` (3) - Event Tags

    Use the `entity` query parameter to filter by type. Accepts both string aliases and numeric values.

    Args:
        company_id (int):
        entity (ListTagsEntity | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse401 | ListTagsResponse200 | ListTagsResponse404
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            entity=entity,
        )
    ).parsed
