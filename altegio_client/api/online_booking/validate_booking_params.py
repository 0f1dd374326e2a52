from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
    response_json,
)
from ...models.book_check_companyid_request_data_types import (
    BookCheckCompanyidRequestDataTypes,
)
from ...models.book_check_companyid_response_201_data_types import (
    BookCheckCompanyidResponse201DataTypes,
)
from ...types import Response
from .._operations import validate_booking_params as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    body: BookCheckCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookCheckCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/book_check/{location_id}".format(
            location_id=path_segment("validate_booking_params", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookCheckCompanyidResponse201DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = BookCheckCompanyidResponse201DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = BookCheckCompanyidResponse201DataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> BookCheckCompanyidResponse201DataTypes:
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
    body: BookCheckCompanyidRequestDataTypes,
) -> Response[BookCheckCompanyidResponse201DataTypes]:
    """Validate Booking Parameters

    ``POST /v1/book_check/{location_id}``

    After generating the appointment parameters, you can validate them to ensure the appointment can be
    successfully created.

    The JSON object containing the Online Booking parameters includes the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | appointments | Array of objects | YES | Booking options (services, team members...) |

    The appointments array consists of objects that have the following fields:

    | Field | Type | Mandatory | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | id | number | Yes | Appointment ID for post-save feedback (see response to request).
    | services | array of numbers | NO | Array of IDs of the services the client wants to sign up for |
    | staff_id | number | YES | ID of the team member the client wants to book with (0 if any team
    member is selected) |
    | datetime | datetime | YES | Session date and time in ISO8601 format (passed for each session in
    the book_times resource)|


    In response to the parameter check request, an empty response with the code 201 will be returned if
    the booking parameters are in order and bookings can be created:

    If the response is JSON with an HTTP code other than 201, then the booking parameters are out of
    order, and bookings cannot be created.

    The server may return the following errors during appointment creation:

    1.  Selected time slot is already taken.
    Returned with HTTP status code 422 and error code 433.

    2.  No team members available for booking.
    Occurs if a default team member was selected but none are available. Returned with HTTP status code
    422 and error code 436.

    3.  Booking time conflict within the same request.
    One of the selected booking times overlaps with another booking created in the same request.
    Returned with HTTP status code 422 and error code 437, including the conflicting booking’s id in the
    appointments array.

    4. Service not available for booking
    The selected service is no longer available (e.g. removed by the location). Returned with HTTP
    status code 422 and error code 438.

    Args:
        location_id (int):
        body (BookCheckCompanyidRequestDataTypes): Check appointment options Example:
            {'appointments': [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime':
            '2026-09-21T23:00:00.000-05:00'}, {'id': 2, 'services': [99055], 'staff_id': 6544,
            'datetime': '2026-09-21T23:00:00.000-05:00'}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookCheckCompanyidResponse201DataTypes]: status, headers and the parsed body (low-level).
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
    body: BookCheckCompanyidRequestDataTypes,
) -> BookCheckCompanyidResponse201DataTypes:
    """validate_booking_params: the parsed body (see ``asyncio_detailed``)."""
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
    body: BookCheckCompanyidRequestDataTypes,
) -> None:
    """validate_booking_params: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    _parsed(client, response)  # checked; Altegio documents `data` as null (or absent) here
    return None
