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
from ...models.book_code_companyid_data_type_response import (
    BookCodeCompanyidDataTypeResponse,
)
from ...models.book_code_companyid_data_types_request import (
    BookCodeCompanyidDataTypesRequest,
)
from ...types import Response
from .._operations import send_booking_verification_code as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    body: BookCodeCompanyidDataTypesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookCodeCompanyidDataTypesRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/book_code/{location_id}".format(
            location_id=path_segment("send_booking_verification_code", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookCodeCompanyidDataTypeResponse:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = BookCodeCompanyidDataTypeResponse._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = BookCodeCompanyidDataTypeResponse._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> BookCodeCompanyidDataTypeResponse:
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
    body: BookCodeCompanyidDataTypesRequest,
) -> Response[BookCodeCompanyidDataTypeResponse]:
    """Send SMS Verification Code

    ``POST /v1/book_code/{location_id}``

    + Request body
        + phone (required, string, '+13155550175') - phone to which the code will be sent
        + fullname (option, sring, `James`) - Client name

    Args:
        location_id (int):
        body (BookCodeCompanyidDataTypesRequest): Send SMS verification code for phone number
            Example: {'phone': '+13155550175', 'fulname': 'James Smith'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookCodeCompanyidDataTypeResponse]: status, headers and the parsed body (low-level).
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
    body: BookCodeCompanyidDataTypesRequest,
) -> BookCodeCompanyidDataTypeResponse:
    """send_booking_verification_code: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)
