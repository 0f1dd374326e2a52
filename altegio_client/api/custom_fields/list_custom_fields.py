from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_custom_fields_filterentity_slug import (
    ListCustomFieldsFilterentitySlug,
)
from ...models.list_custom_fields_include_item import (
    ListCustomFieldsIncludeItem,
)
from ...models.list_custom_fields_response_200 import ListCustomFieldsResponse200
from ...types import UNSET, Response, Unset


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

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/custom_fields".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_custom_fields"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCustomFieldsResponse200 | None:
    parse_ctx = ParseContext(response, "list_custom_fields")
    if response.status_code == 200:
        response_200 = ListCustomFieldsResponse200._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListCustomFieldsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_custom_fields", exc) from exc
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
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | ListCustomFieldsResponse200]:
    """List Custom Fields

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCustomFieldsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterparent_entity_type=filterparent_entity_type,
        filterentity_slug=filterentity_slug,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterparent_entity_type: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    filterentity_slug: ListCustomFieldsFilterentitySlug | Unset = UNSET,
    include: list[ListCustomFieldsIncludeItem] | Unset = UNSET,
) -> ErrorResponse | ListCustomFieldsResponse200 | None:
    """List Custom Fields

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCustomFieldsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterparent_entity_type=filterparent_entity_type,
            filterentity_slug=filterentity_slug,
            include=include,
        )
    ).parsed
