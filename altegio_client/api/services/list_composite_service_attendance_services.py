from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_composite_service_attendance_services_response_200 import (
    ListCompositeServiceAttendanceServicesResponse200,
)
from ...types import Response


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
        "extensions": {"altegio_operation": "list_composite_service_attendance_services"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCompositeServiceAttendanceServicesResponse200 | None:
    parse_ctx = ParseContext(response, "list_composite_service_attendance_services")
    if response.status_code == 200:
        response_200 = ListCompositeServiceAttendanceServicesResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_composite_service_attendance_services", exc) from exc
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
) -> Response[ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]:
    """List Composite Service Attendance Services

     Retrieve the Service delivery options that make up a composite Service in
    a Location, including Team Member, duration, price, and position data.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCompositeServiceAttendanceServicesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ListCompositeServiceAttendanceServicesResponse200 | None:
    """List Composite Service Attendance Services

     Retrieve the Service delivery options that make up a composite Service in
    a Location, including Team Member, duration, price, and position data.

    Args:
        location_id (int):
        service_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCompositeServiceAttendanceServicesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
        )
    ).parsed
