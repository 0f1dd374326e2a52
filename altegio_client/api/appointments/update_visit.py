from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.visits_visitid_recordid_request_data_types import (
    VisitsVisitidRecordidRequestDataTypes,
)
from ...types import Response


def _get_kwargs(
    visit_id: int,
    record_id: int,
    *,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/visits/{visit_id}/{record_id}".format(
            visit_id=quote(str(visit_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_visit"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_visit")
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_visit", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Edit Visit

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitsVisitidRecordidRequestDataTypes,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Edit Visit

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
