from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_list_by_entity_entity import (
    GetTagListByEntityEntity,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.tags_company_entity_response_200_data_types import (
    TagsCompanyEntityResponse200DataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/labels/{location_id}/{entity}".format(
            location_id=quote(str(location_id), safe=""),
            entity=quote(str(entity), safe=""),
        ),
        "extensions": {"altegio_operation": "get_tag_list_by_entity"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_tag_list_by_entity")
    if response.status_code == 200:
        response_200 = TagsCompanyEntityResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_tag_list_by_entity", exc) from exc
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
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> Response[NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401]:
    """Get location tags (Deprecated)

     **Deprecated:** Use `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Returns tags for the specified entity type.

    The `entity` parameter accepts string aliases:
    - `common` - common tags
    - `client` - client tags
    - `record` - appointment/record tags
    - `activity` - activity/event tags

    > **Legacy support:** Numeric values (`0`, `1`, `2`, `3`) are also accepted but string aliases are
    preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        entity=entity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: AuthenticatedClient,
) -> NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401 | None:
    """Get location tags (Deprecated)

     **Deprecated:** Use `GET /api/v2/companies/{company_id}/tags?entity={entity}` instead.
    Returns tags for the specified entity type.

    The `entity` parameter accepts string aliases:
    - `common` - common tags
    - `client` - client tags
    - `record` - appointment/record tags
    - `activity` - activity/event tags

    > **Legacy support:** Numeric values (`0`, `1`, `2`, `3`) are also accepted but string aliases are
    preferred.

    Args:
        location_id (int):
        entity (GetTagListByEntityEntity):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TagsCompanyEntityResponse200DataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            entity=entity,
            client=client,
        )
    ).parsed
