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
    response_json,
)
from ...models.book_record_companyid_recordid_recordhash_response_data_types import (
    BookRecordCompanyidRecordidRecordhashResponseDataTypes,
)
from ...types import Response
from .._operations import get_online_booking_details as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    record_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_record/{location_id}/{record_id}/{record_hash}".format(
            location_id=path_segment("get_online_booking_details", "location_id", location_id, int),
            record_id=path_segment("get_online_booking_details", "record_id", record_id, int),
            record_hash=path_segment("get_online_booking_details", "record_hash", record_hash, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BookRecordCompanyidRecordidRecordhashResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookRecordCompanyidRecordidRecordhashResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookRecordCompanyidRecordidRecordhashResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(
    client: OperationClient, response: httpx.Response
) -> BookRecordCompanyidRecordidRecordhashResponseDataTypes:
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
    record_hash: str,
    *,
    client: OperationClient,
) -> Response[BookRecordCompanyidRecordidRecordhashResponseDataTypes]:
    """Get Online Booking Details

    ``GET /v1/book_record/{location_id}/{record_id}/{record_hash}``

    Args:
        location_id (int):
        record_id (int):
        record_hash (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookRecordCompanyidRecordidRecordhashResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            record_hash,
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
    record_hash: str,
    *,
    client: OperationClient,
) -> BookRecordCompanyidRecordidRecordhashResponseDataTypes:
    """get_online_booking_details: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            record_hash,
        ),
    )
    return _parsed(client, response)
