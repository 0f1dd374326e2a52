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
from ...models.success_response_200 import SuccessResponse200
from ...types import Response
from .._operations import uninstall_marketplace_app as OPERATION

if TYPE_CHECKING:
    from ...models.response_data_null_object_type_0 import ResponseDataNullObjectType0

    pass


def _get_kwargs(
    location_id: int,
    application_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/salon/{location_id}/application/{application_id}/uninstall".format(
            location_id=path_segment("uninstall_marketplace_app", "location_id", location_id, int),
            application_id=path_segment("uninstall_marketplace_app", "application_id", application_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SuccessResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = SuccessResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = SuccessResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> SuccessResponse200:
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
) -> Response[SuccessResponse200]:
    """Application Uninstall

    ``POST /marketplace/salon/{location_id}/application/{application_id}/uninstall``

    This endpoint is used by the partner service to uninstall the application from a specific location.

    Args:
        location_id (int):
        application_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SuccessResponse200]: status, headers and the parsed body (low-level).
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
) -> SuccessResponse200:
    """uninstall_marketplace_app: the parsed body (see ``asyncio_detailed``)."""
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
) -> None | ResponseDataNullObjectType0:
    """uninstall_marketplace_app: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            application_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
