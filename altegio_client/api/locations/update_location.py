from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_put_request_data_types import CompanyPutRequestDataTypes
from ...models.company_put_response_data_types import CompanyPutResponseDataTypes
from ...models.unauthorized_response_legacy_401 import UnauthorizedResponseLegacy401
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: CompanyPutRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_location"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401 | None:
    parse_ctx = ParseContext(response, "update_location")
    if response.status_code == 200:
        response_200 = CompanyPutResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponseLegacy401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 404:
        response_404 = UnauthorizedResponseLegacy401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_location", exc) from exc
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
    body: CompanyPutRequestDataTypes,
) -> Response[CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401]:
    """Change location

     Change location data

    Args:
        location_id (int):
        body (CompanyPutRequestDataTypes): Change location Example: {'title': 'James Smith LLC',
            'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson Drive',
            'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401]
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
    body: CompanyPutRequestDataTypes,
) -> CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401 | None:
    """Change location

     Change location data

    Args:
        location_id (int):
        body (CompanyPutRequestDataTypes): Change location Example: {'title': 'James Smith LLC',
            'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson Drive',
            'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyPutResponseDataTypes | UnauthorizedResponseLegacy401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
