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
from ...models.record_companyid_response_data_types import (
    RecordCompanyidResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_appointment as OPERATION

if TYPE_CHECKING:
    from ...models.appointment import Appointment
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/record/{location_id}/{record_id}".format(
            location_id=path_segment("get_appointment", "location_id", location_id, int),
            record_id=path_segment("get_appointment", "record_id", record_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> RecordCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = RecordCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = RecordCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> RecordCompanyidResponseDataTypes:
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
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Response[RecordCompanyidResponseDataTypes]:
    """Get an Appointment

    ``GET /v1/record/{location_id}/{record_id}``

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[RecordCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
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
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> RecordCompanyidResponseDataTypes:
    """get_appointment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Appointment:
    """get_appointment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
