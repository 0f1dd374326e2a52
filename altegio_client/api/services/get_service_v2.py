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
from ...models.get_service_v2_response_200 import GetServiceV2Response200
from ...models.list_services_include_item import (
    ListServicesIncludeItem,
)
from ...types import UNSET, Response, Unset
from .._operations import get_service_v2 as OPERATION

if TYPE_CHECKING:
    from ...models.service_resource import ServiceResource

    pass


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

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/services/{service_id}".format(
            location_id=path_segment("get_service_v2", "location_id", location_id, int),
            service_id=path_segment("get_service_v2", "service_id", service_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GetServiceV2Response200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetServiceV2Response200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetServiceV2Response200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetServiceV2Response200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> Response[GetServiceV2Response200]:
    """Get Service

    ``GET /v2/locations/{location_id}/services/{service_id}``

    Retrieve a Service for a Location as a JSON:API resource object.

    Related data can be requested by repeating the `include` parameter, for
    example `?include=resources&include=company_links`.

    Args:
        location_id (int):
        service_id (int):
        include (list[ListServicesIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetServiceV2Response200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
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
    service_id: int,
    *,
    client: OperationClient,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> GetServiceV2Response200:
    """get_service_v2: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    include: list[ListServicesIncludeItem] | Unset = UNSET,
) -> ServiceResource:
    """get_service_v2: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
