from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.services_change_companyid_request_data_types import (
    ServicesChangeCompanyidRequestDataTypes,
)
from ...models.services_change_companyid_response_data_types import (
    ServicesChangeCompanyidResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/services/{location_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "patch_service"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "patch_service")
    if response.status_code == 200:
        response_200 = ServicesChangeCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "patch_service", exc) from exc
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
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> Response[NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401]:
    """Update a service (partial)

     Method to partially update a service

    Args:
        location_id (int):
        service_id (int):
        body (ServicesChangeCompanyidRequestDataTypes): Change service Example: {'title': "Men's
            haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3,
            'is_multi': False, 'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to':
            '2022-09-30', 'seance_search_start': 36000, 'seance_search_finish': 84600, 'step': 300,
            'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1, 'api_id':
            '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907,
            'seance_length': 3600}, {'id': 8973, 'seance_length': 3600}, {'id': 13616,
            'seance_length': 3600}, {'id': 16681, 'seance_length': 3600}, {'id': 1796,
            'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401 | None:
    """Update a service (partial)

     Method to partially update a service

    Args:
        location_id (int):
        service_id (int):
        body (ServicesChangeCompanyidRequestDataTypes): Change service Example: {'title': "Men's
            haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3,
            'is_multi': False, 'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to':
            '2022-09-30', 'seance_search_start': 36000, 'seance_search_finish': 84600, 'step': 300,
            'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1, 'api_id':
            '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907,
            'seance_length': 3600}, {'id': 8973, 'seance_length': 3600}, {'id': 13616,
            'seance_length': 3600}, {'id': 16681, 'seance_length': 3600}, {'id': 1796,
            'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | ServicesChangeCompanyidResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
