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
    require_body,
    response_json,
)
from ...models.update_service_links_body import UpdateServiceLinksBody
from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
from ...types import Response
from .._operations import update_service_links as OPERATION

if TYPE_CHECKING:
    from ...models.json_object import JsonObject

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, UpdateServiceLinksBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/services/links".format(
            location_id=path_segment("update_service_links", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateServiceLinksResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = UpdateServiceLinksResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> UpdateServiceLinksResponse200:
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
    body: UpdateServiceLinksBody,
) -> Response[UpdateServiceLinksResponse200]:
    """Update service links

    ``POST /v1/company/{location_id}/services/links``

    Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    Args:
        location_id (int):
        body (UpdateServiceLinksBody):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[UpdateServiceLinksResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
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
    body: UpdateServiceLinksBody,
) -> UpdateServiceLinksResponse200:
    """update_service_links: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: UpdateServiceLinksBody,
) -> JsonObject:
    """update_service_links: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
