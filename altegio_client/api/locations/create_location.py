from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import require_body
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_create_request_data_types import CompanyCreateRequestDataTypes
from ...models.company_create_response_data_types import CompanyCreateResponseDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    *,
    body: CompanyCreateRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("create_location", body, CompanyCreateRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/companies",
        "extensions": {"altegio_operation": "create_location"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "create_location")
    if response.status_code == 201:
        response_201 = CompanyCreateResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_location", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompanyCreateRequestDataTypes,
) -> Response[CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Create a location

     Create new location

    Args:
        body (CompanyCreateRequestDataTypes): Create a location Example: {'title': 'James Smith
            LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242,
            'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompanyCreateRequestDataTypes,
) -> CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Create a location

     Create new location

    Args:
        body (CompanyCreateRequestDataTypes): Create a location Example: {'title': 'James Smith
            LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242,
            'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCreateResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
