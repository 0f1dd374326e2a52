from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.get_tag_list_by_entity_entity import (
    GetTagListByEntityEntity,
)
from ...models.tags_company_entity_response_200_data_types import (
    TagsCompanyEntityResponse200DataTypes,
)
from ...types import Response
from .._operations import get_tag_list_by_entity as OPERATION

if TYPE_CHECKING:
    from ...models.tags_company_entity_response_200_data_types_data_item import (
        TagsCompanyEntityResponse200DataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    entity: GetTagListByEntityEntity,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/labels/{location_id}/{entity}".format(
            location_id=path_segment("get_tag_list_by_entity", "location_id", location_id, int),
            entity=path_segment("get_tag_list_by_entity", "entity", entity, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TagsCompanyEntityResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TagsCompanyEntityResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TagsCompanyEntityResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TagsCompanyEntityResponse200DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: OperationClient,
) -> Response[TagsCompanyEntityResponse200DataTypes]:
    """Get location tags (Deprecated)

    ``GET /v1/labels/{location_id}/{entity}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TagsCompanyEntityResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: OperationClient,
) -> TagsCompanyEntityResponse200DataTypes:
    """get_tag_list_by_entity: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    entity: GetTagListByEntityEntity,
    *,
    client: OperationClient,
) -> list[TagsCompanyEntityResponse200DataTypesDataItem]:
    """get_tag_list_by_entity: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            entity,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
