from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_event_search_filters_response_200 import (
    GetEventSearchFiltersResponse200,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids"] = json_service_ids

    json_staff_ids: list[int] | Unset = UNSET
    if not isinstance(staff_ids, Unset):
        json_staff_ids = staff_ids

    params["staff_ids"] = json_staff_ids

    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    params["resource_ids"] = json_resource_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/activity/{location_id}/filters".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_event_search_filters"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_event_search_filters")
    if response.status_code == 200:
        response_200 = GetEventSearchFiltersResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_event_search_filters", exc) from exc
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
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> Response[GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_ids=service_ids,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    service_ids: list[int] | Unset = UNSET,
    staff_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
) -> GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Event Search Filters

    Args:
        location_id (int):
        service_ids (list[int] | Unset):
        staff_ids (list[int] | Unset):
        resource_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEventSearchFiltersResponse200 | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
        )
    ).parsed
