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
from ...models.book_record_companyid_record_request_data_types import (
    BookRecordCompanyidRecordRequestDataTypes,
)
from ...models.book_record_companyid_record_response_data_types import (
    BookRecordCompanyidRecordResponseDataTypes,
)
from ...types import Response
from .._operations import update_online_booking_datetime as OPERATION

if TYPE_CHECKING:
    from ...models.book_record_companyid_record_response_data_types_data import (
        BookRecordCompanyidRecordResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    body: BookRecordCompanyidRecordRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, BookRecordCompanyidRecordRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/book_record/{location_id}/{record_id}".format(
            location_id=path_segment("update_online_booking_datetime", "location_id", location_id, int),
            record_id=path_segment("update_online_booking_datetime", "record_id", record_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BookRecordCompanyidRecordResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookRecordCompanyidRecordResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookRecordCompanyidRecordResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookRecordCompanyidRecordResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: BookRecordCompanyidRecordRequestDataTypes,
) -> Response[BookRecordCompanyidRecordResponseDataTypes]:
    """Change Online Booking Date/Time

    ``PUT /v1/book_record/{location_id}/{record_id}``

    Args:
        location_id (int):
        record_id (int):
        body (BookRecordCompanyidRecordRequestDataTypes): Move appointment to session Example:
            {'datetime': '2026-09-21T23:00:00.000-05:00', 'comment': 'DODO!'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookRecordCompanyidRecordResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
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
    record_id: int,
    *,
    client: OperationClient,
    body: BookRecordCompanyidRecordRequestDataTypes,
) -> BookRecordCompanyidRecordResponseDataTypes:
    """update_online_booking_datetime: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: BookRecordCompanyidRecordRequestDataTypes,
) -> BookRecordCompanyidRecordResponseDataTypesData:
    """update_online_booking_datetime: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
