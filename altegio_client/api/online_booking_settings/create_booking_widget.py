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
from ...models.bookform_create_request import BookformCreateRequest
from ...models.booking_form_response_data_type import BookingFormResponseDataType
from ...types import Response
from .._operations import create_booking_widget as OPERATION

if TYPE_CHECKING:
    from ...models.bookform_settings_response import BookformSettingsResponse

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: BookformCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookformCreateRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/booking_forms".format(
            location_id=path_segment("create_booking_widget", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookingFormResponseDataType:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = BookingFormResponseDataType._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = BookingFormResponseDataType._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> BookingFormResponseDataType:
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
    body: BookformCreateRequest,
) -> Response[BookingFormResponseDataType]:
    """Create a Booking Widget

    ``POST /v1/company/{location_id}/booking_forms``

    Args:
        location_id (int):
        body (BookformCreateRequest): Request to create a letterform

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookingFormResponseDataType]: status, headers and the parsed body (low-level).
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
    body: BookformCreateRequest,
) -> BookingFormResponseDataType:
    """create_booking_widget: the parsed body (see ``asyncio_detailed``)."""
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
    body: BookformCreateRequest,
) -> BookformSettingsResponse:
    """create_booking_widget: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
