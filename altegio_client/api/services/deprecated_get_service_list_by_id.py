from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_services_serviceid_response_200_data_types import (
    CompanyCompanyidServicesServiceidResponse200DataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["category_id"] = category_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/services/{location_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "deprecated_get_service_list_by_id"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "deprecated_get_service_list_by_id")
    if response.status_code == 200:
        response_200 = CompanyCompanyidServicesServiceidResponse200DataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "deprecated_get_service_list_by_id", exc) from exc
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
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> Response[CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Deprecated. Get a list of services / specific service

    Args:
        location_id (int):
        service_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        staff_id=staff_id,
        category_id=category_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Deprecated. Get a list of services / specific service

    Args:
        location_id (int):
        service_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidServicesServiceidResponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            staff_id=staff_id,
            category_id=category_id,
        )
    ).parsed
