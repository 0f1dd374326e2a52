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
from ...models.list_custom_fields_filterentity_slug import (
    ListCustomFieldsFilterentitySlug,
)
from ...models.list_custom_fields_include_item import (
    ListCustomFieldsIncludeItem,
)
from ...models.list_custom_fields_response_200 import ListCustomFieldsResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_custom_fields as OPERATION

if TYPE_CHECKING:
    from ...models.custom_field_resource import CustomFieldResource

    pass


def _get_kwargs(
    location_id: int,
    *,
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterparent_entity_type: str | Unset = UNSET
    if not isinstance(filterparent_entity_type, Unset):
        json_filterparent_entity_type = filterparent_entity_type

    params["filter[parent_entity_type]"] = json_filterparent_entity_type

    json_filterentity_slug: str | Unset = UNSET
    if not isinstance(filterentity_slug, Unset):
        json_filterentity_slug = filterentity_slug

    params["filter[entity_slug]"] = json_filterentity_slug

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/custom_fields".format(
            location_id=path_segment("list_custom_fields", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListCustomFieldsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListCustomFieldsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListCustomFieldsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListCustomFieldsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> Response[ListCustomFieldsResponse200]:
    """List Custom Fields

    ``GET /v2/locations/{location_id}/custom_fields``

    Retrieve Custom Fields configured for Appointments and Booking Users in a
    Location. Access depends on the Business User's Custom Field permissions.

    The literal `record` and `client` filter values mean Appointment and
    Booking User respectively. `filter[entity_slug]` is a compatibility alias
    for `filter[parent_entity_type]`.

    Args:
        location_id (int):
        filterparent_entity_type (ListCustomFieldsFilterentitySlug | Unset):
        filterentity_slug (ListCustomFieldsFilterentitySlug | Unset):
        include (list[ListCustomFieldsIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListCustomFieldsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_entity_type=filterparent_entity_type,
            filterentity_slug=filterentity_slug,
            include=include,
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
    *,
    client: OperationClient,
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> ListCustomFieldsResponse200:
    """list_custom_fields: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_entity_type=filterparent_entity_type,
            filterentity_slug=filterentity_slug,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> list[CustomFieldResource]:
    """list_custom_fields: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterparent_entity_type=filterparent_entity_type,
            filterentity_slug=filterentity_slug,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
