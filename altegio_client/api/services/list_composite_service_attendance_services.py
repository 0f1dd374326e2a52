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
from ...models.list_composite_service_attendance_services_response_200 import (
    ListCompositeServiceAttendanceServicesResponse200,
)
from ...types import Response
from .._operations import list_composite_service_attendance_services as OPERATION

if TYPE_CHECKING:
    from ...models.attendance_service_resource import AttendanceServiceResource

    pass


def _get_kwargs(
    location_id: int,
    service_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/composite_services/{service_id}/attendance_services".format(
            location_id=path_segment("list_composite_service_attendance_services", "location_id", location_id, int),
            service_id=path_segment("list_composite_service_attendance_services", "service_id", service_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListCompositeServiceAttendanceServicesResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListCompositeServiceAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListCompositeServiceAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListCompositeServiceAttendanceServicesResponse200:
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
) -> Response[ListCompositeServiceAttendanceServicesResponse200]:
    """List Composite Service Attendance Services

    ``GET /v2/locations/{location_id}/composite_services/{service_id}/attendance_services``

    Retrieve the Service delivery options that make up a composite Service in
    a Location, including Team Member, duration, price, and position data.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListCompositeServiceAttendanceServicesResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
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
) -> ListCompositeServiceAttendanceServicesResponse200:
    """list_composite_service_attendance_services: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
) -> list[AttendanceServiceResource]:
    """list_composite_service_attendance_services: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
