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
from ...models.get_attendance_product_item_include_item import (
    GetAttendanceProductItemIncludeItem,
)
from ...models.get_attendance_product_item_response_200 import (
    GetAttendanceProductItemResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import get_attendance_product_item as OPERATION

if TYPE_CHECKING:
    from ...models.attendance_product_item_resource import AttendanceProductItemResource

    pass


def _get_kwargs(
    location_id: int,
    attendance_product_item_id: int,
    *,
    include: list[GetAttendanceProductItemIncludeItem] | Unset = UNSET,
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
        "url": "/v2/locations/{location_id}/attendance_product_items/{attendance_product_item_id}".format(
            location_id=path_segment("get_attendance_product_item", "location_id", location_id, int),
            attendance_product_item_id=path_segment(
                "get_attendance_product_item", "attendance_product_item_id", attendance_product_item_id, int
            ),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GetAttendanceProductItemResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetAttendanceProductItemResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetAttendanceProductItemResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetAttendanceProductItemResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    attendance_product_item_id: int,
    *,
    client: OperationClient,
    include: list[GetAttendanceProductItemIncludeItem] | Unset = UNSET,
) -> Response[GetAttendanceProductItemResponse200]:
    """Get Appointment Product Item

    ``GET /v2/locations/{location_id}/attendance_product_items/{attendance_product_item_id}``

    Retrieve a Product item associated with an Appointment as a JSON:API
    resource object.

    The positive response shape is verified against the current PHP transformer
    but has not been live-verified because the test Location has no safe fixture.

    Args:
        location_id (int):
        attendance_product_item_id (int):
        include (list[GetAttendanceProductItemIncludeItem] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetAttendanceProductItemResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_product_item_id,
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
    attendance_product_item_id: int,
    *,
    client: OperationClient,
    include: list[GetAttendanceProductItemIncludeItem] | Unset = UNSET,
) -> GetAttendanceProductItemResponse200:
    """get_attendance_product_item: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_product_item_id,
            include=include,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    attendance_product_item_id: int,
    *,
    client: OperationClient,
    include: list[GetAttendanceProductItemIncludeItem] | Unset = UNSET,
) -> AttendanceProductItemResource:
    """get_attendance_product_item: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            attendance_product_item_id,
            include=include,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
