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
from ...models.company_companyid_clients_search_request_data_types import (
    CompanyCompanyidClientsSearchRequestDataTypes,
)
from ...models.company_companyid_clients_search_response_data_types import (
    CompanyCompanyidClientsSearchResponseDataTypes,
)
from ...types import Response
from .._operations import get_client_list as OPERATION

if TYPE_CHECKING:
    from ...models.company_companyid_clients_search_response_data_types_data_item import (
        CompanyCompanyidClientsSearchResponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CompanyCompanyidClientsSearchRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/search".format(
            location_id=path_segment("get_client_list", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyidClientsSearchResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyCompanyidClientsSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyCompanyidClientsSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCompanyidClientsSearchResponseDataTypes:
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
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> Response[CompanyCompanyidClientsSearchResponseDataTypes]:
    """Get a list of clients

    ``POST /v1/company/{location_id}/clients/search``

    Args:
        location_id (int):
        body (CompanyCompanyidClientsSearchRequestDataTypes): Get a list of clients Example:
            {'page': 1, 'page_size': 3, 'fields': ['id', 'name'], 'order_by': 'name',
            'order_by_direction': 'desc', 'operation': 'AND', 'filters': [{'type': 'id', 'state':
            {'value': [1, 2, 3]}}, {'type': 'sold_amount', 'state': {'from': 0, 'to': 100.77}},
            {'type': 'quick_search', 'state': {'value': 'James Smith'}}, {'type': 'importance',
            'state': {'value': [0, 1, 2, 3]}}, {'type': 'has_mobile_app', 'state': {'value': True}},
            {'type': 'category', 'state': {'value': [1, 7]}}, {'type': 'has_passteam_card', 'state':
            {'value': True}}, {'type': 'passteam_card_ids', 'state': {'value':
            ['111122223333aaaabbbbcccc']}}, {'type': 'birthday', 'state': {'from': '1990-01-01
            00:00:00', 'to': '2000-01-01 23:59:59'}}, {'type': 'gender', 'state': {'value': [0, 1,
            2]}}, {'type': 'record', 'state': {'staff': {'value': [1, 2]}, 'service': {'value': [2,
            3]}, 'service_category': {'value': [4, 5]}, 'status': {'value': [1]}, 'created': {'from':
            '2026-01-01 00:00:00', 'to': '2026-01-01 23:59:59'}, 'records_count': {'from': 1, 'to':
            99999}, 'sold_amount': {'from': 1.001, 'to': 99999.09}}}, {'type': 'client', 'state':
            {'id': {'value': [1, 2, 3]}, 'birthday': {'from': '1990-01-01 00:00:00', 'to': '2000-01-01
            23:59:59'}}}, {'type': 'sale', 'state': {'abonement_balance': {'from': 2, 'to': 3}}}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCompanyidClientsSearchResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> CompanyCompanyidClientsSearchResponseDataTypes:
    """get_client_list: the parsed body (see ``asyncio_detailed``)."""
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
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> list[CompanyCompanyidClientsSearchResponseDataTypesDataItem]:
    """get_client_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
