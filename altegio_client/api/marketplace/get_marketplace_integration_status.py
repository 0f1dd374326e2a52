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
from ...models.get_marketplace_integration_status_response_200 import (
    GetMarketplaceIntegrationStatusResponse200,
)
from ...types import Response
from .._operations import get_marketplace_integration_status as OPERATION

if TYPE_CHECKING:
    from ...models.get_marketplace_integration_status_response_200_data import (
        GetMarketplaceIntegrationStatusResponse200Data,
    )

    pass


def _get_kwargs(
    location_id: int,
    application_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/salon/{location_id}/application/{application_id}".format(
            location_id=path_segment("get_marketplace_integration_status", "location_id", location_id, int),
            application_id=path_segment("get_marketplace_integration_status", "application_id", application_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetMarketplaceIntegrationStatusResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetMarketplaceIntegrationStatusResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetMarketplaceIntegrationStatusResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetMarketplaceIntegrationStatusResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    application_id: int,
    *,
    client: OperationClient,
) -> Response[GetMarketplaceIntegrationStatusResponse200]:
    """Application Status Data for Any Location

    ``GET /marketplace/salon/{location_id}/application/{application_id}``

    This endpoint is used to retrieve information about the application's installation status in a
    specific location.

    Args:
        location_id (int):
        application_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetMarketplaceIntegrationStatusResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            application_id,
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
    application_id: int,
    *,
    client: OperationClient,
) -> GetMarketplaceIntegrationStatusResponse200:
    """get_marketplace_integration_status: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            application_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    application_id: int,
    *,
    client: OperationClient,
) -> GetMarketplaceIntegrationStatusResponse200Data:
    """get_marketplace_integration_status: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            application_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
