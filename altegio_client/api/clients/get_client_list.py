from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment, require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_clients_search_request_data_types import (
    CompanyCompanyidClientsSearchRequestDataTypes,
)
from ...models.company_companyid_clients_search_response_400_data_types import (
    CompanyCompanyidClientsSearchResponse400DataTypes,
)
from ...models.company_companyid_clients_search_response_402_data_types import (
    CompanyCompanyidClientsSearchResponse402DataTypes,
)
from ...models.company_companyid_clients_search_response_404_data_types import (
    CompanyCompanyidClientsSearchResponse404DataTypes,
)
from ...models.company_companyid_clients_search_response_data_types import (
    CompanyCompanyidClientsSearchResponseDataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("get_client_list", body, CompanyCompanyidClientsSearchRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/search".format(
            location_id=path_segment("get_client_list", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "get_client_list"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyCompanyidClientsSearchResponse400DataTypes
    | CompanyCompanyidClientsSearchResponse402DataTypes
    | CompanyCompanyidClientsSearchResponse404DataTypes
    | CompanyCompanyidClientsSearchResponseDataTypes
    | None
):
    parse_ctx = ParseContext(response, "get_client_list")
    if response.status_code == 200:
        response_200 = CompanyCompanyidClientsSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = CompanyCompanyidClientsSearchResponse400DataTypes._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 402:
        response_402 = CompanyCompanyidClientsSearchResponse402DataTypes._lazy(response_json(response), parse_ctx)

        return response_402

    if response.status_code == 404:
        response_404 = CompanyCompanyidClientsSearchResponse404DataTypes._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompanyCompanyidClientsSearchResponse400DataTypes
    | CompanyCompanyidClientsSearchResponse402DataTypes
    | CompanyCompanyidClientsSearchResponse404DataTypes
    | CompanyCompanyidClientsSearchResponseDataTypes
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_client_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> Response[
    CompanyCompanyidClientsSearchResponse400DataTypes
    | CompanyCompanyidClientsSearchResponse402DataTypes
    | CompanyCompanyidClientsSearchResponse404DataTypes
    | CompanyCompanyidClientsSearchResponseDataTypes
]:
    """Get a list of clients

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidClientsSearchResponse400DataTypes | CompanyCompanyidClientsSearchResponse402DataTypes | CompanyCompanyidClientsSearchResponse404DataTypes | CompanyCompanyidClientsSearchResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: CompanyCompanyidClientsSearchRequestDataTypes,
) -> (
    CompanyCompanyidClientsSearchResponse400DataTypes
    | CompanyCompanyidClientsSearchResponse402DataTypes
    | CompanyCompanyidClientsSearchResponse404DataTypes
    | CompanyCompanyidClientsSearchResponseDataTypes
    | None
):
    """Get a list of clients

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidClientsSearchResponse400DataTypes | CompanyCompanyidClientsSearchResponse402DataTypes | CompanyCompanyidClientsSearchResponse404DataTypes | CompanyCompanyidClientsSearchResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
