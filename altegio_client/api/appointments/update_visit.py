from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    require_body,
)
from ...models.visits_visitid_recordid_request_data_types import (
    VisitsVisitidRecordidRequestDataTypes,
)
from ...types import Response
from .._operations import update_visit as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    visit_id: int,
    record_id: int,
    *,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, VisitsVisitidRecordidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/visits/{visit_id}/{record_id}".format(
            visit_id=path_segment("update_visit", "visit_id", visit_id, int),
            record_id=path_segment("update_visit", "record_id", record_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = cast(Any, None)
    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    visit_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> Response[Any]:
    """Edit Visit

    ``PUT /v1/visits/{visit_id}/{record_id}``

    Args:
        visit_id (int):
        record_id (int):
        body (VisitsVisitidRecordidRequestDataTypes): Edit Visit Example: {'attendance': 1,
            'comment': '', 'new_transactions': [{'id': 12345, 'amount': 100, 'account_id': 23322}],
            'deleted_transaction_ids': [], 'fast_payment': 1, 'goods_transactions': [{'id': 2168657,
            'title': 'Vital Creme Shampoo Plus', 'barcode': '123', 'article': '120277', 'amount': -1,
            'cost_per_unit': 15, 'price': 15, 'cost': 12, 'operation_unit_type': 2, 'master_id':
            55436, 'storage_id': 91303, 'good_id': 232658, 'discount': 20}], 'services': [{'id':
            389045, 'title': 'Hand massage (10 min)', 'cost': 255, 'cost_per_unit': 300, 'discount':
            15, 'first_cost': 300, 'record_id': 10403702}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
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
    visit_id: int,
    record_id: int,
    *,
    client: OperationClient,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> Any:
    """update_visit: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
            record_id,
            body=body,
        ),
    )
    return _parsed(client, response)
