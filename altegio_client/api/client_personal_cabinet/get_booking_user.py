from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    response_json,
)
from ...models.booking_user_get_data_response_data_types import (
    BookingUserGetDataResponseDataTypes,
)
from ...types import Response
from .._operations import get_booking_user as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/booking/user/data",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BookingUserGetDataResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookingUserGetDataResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookingUserGetDataResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookingUserGetDataResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
) -> Response[BookingUserGetDataResponseDataTypes]:
    """Get Online Booking User Data

    ``GET /v1/booking/user/data``

    Retrieve online booking user data.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookingUserGetDataResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(OPERATION, _get_kwargs())
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
) -> BookingUserGetDataResponseDataTypes:
    """get_booking_user: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(OPERATION, _get_kwargs())
    return _parsed(client, response)
