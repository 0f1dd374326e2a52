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
from ...models.transaction_companyid_response_data_types import (
    TransactionCompanyidResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_transactions_by_visit_or_appointment_id as OPERATION

if TYPE_CHECKING:
    from ...models.transaction import Transaction
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params["visit_id"] = visit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/timetable/transactions/{location_id}".format(
            location_id=path_segment("get_transactions_by_visit_or_appointment_id", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> TransactionCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TransactionCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TransactionCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TransactionCompanyidResponseDataTypes:
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
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> Response[TransactionCompanyidResponseDataTypes]:
    """Get Transactions by Visit or Appointment ID

    ``GET /v1/timetable/transactions/{location_id}``

    #### Transaction filtering

    + record_id: Appointment ID

    + visit_id: ID of the visit

    Args:
        location_id (int):
        record_id (int | Unset):
        visit_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TransactionCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id=record_id,
            visit_id=visit_id,
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
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> TransactionCompanyidResponseDataTypes:
    """get_transactions_by_visit_or_appointment_id: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    record_id: int | Unset = UNSET,
    visit_id: int | Unset = UNSET,
) -> list[Transaction]:
    """get_transactions_by_visit_or_appointment_id: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id=record_id,
            visit_id=visit_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
