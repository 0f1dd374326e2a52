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
from ...models.list_tags_entity import ListTagsEntity
from ...models.list_tags_response_200 import ListTagsResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_tags as OPERATION

if TYPE_CHECKING:
    from ...models.list_tags_response_200_data_item import ListTagsResponse200DataItem

    pass


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
            company_id=path_segment("list_tags", "company_id", company_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListTagsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListTagsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListTagsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListTagsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: OperationClient,
    entity: ListTagsEntity | Unset = UNSET,
) -> Response[ListTagsResponse200]:
    """List Tags

    ``GET /v2/locations/{company_id}/tags``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListTagsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            entity=entity,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    company_id: int,
    *,
    client: OperationClient,
    entity: ListTagsEntity | Unset = UNSET,
) -> ListTagsResponse200:
    """list_tags: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            entity=entity,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    company_id: int,
    *,
    client: OperationClient,
    entity: ListTagsEntity | Unset = UNSET,
) -> list[ListTagsResponse200DataItem]:
    """list_tags: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            entity=entity,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
