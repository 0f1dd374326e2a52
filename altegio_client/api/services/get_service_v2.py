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
from ...models.get_service_v2_response_200 import GetServiceV2Response200
from ...models.list_services_include_item import (
    ListServicesIncludeItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/v2/locations/{location_id}/services/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_service_v2"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetServiceV2Response200 | None:
    parse_ctx = ParseContext(response, "get_service_v2")
    if response.status_code == 200:
        response_200 = GetServiceV2Response200._lazy(response_json(response), parse_ctx)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetServiceV2Response200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_service_v2", exc) from exc
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
    service_id: int,
    *,
    client: AuthenticatedClient,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> Response[ErrorResponse | GetServiceV2Response200]:
    """Get Service

     Retrieve a Service for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter, for
    example `?include=resources&include=company_links`.

    Args:
        location_id (int):
        service_id (int):
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetServiceV2Response200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> ErrorResponse | GetServiceV2Response200 | None:
    """Get Service

     Retrieve a Service for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter, for
    example `?include=resources&include=company_links`.

    Args:
        location_id (int):
        service_id (int):
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetServiceV2Response200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            include=include,
        )
    ).parsed
