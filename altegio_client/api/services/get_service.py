from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_service_categories_response_403_data_types import (
    CompanyCompanyidServiceCategoriesResponse403DataTypes,
)
from ...models.company_companyid_service_categories_response_404_data_types import (
    CompanyCompanyidServiceCategoriesResponse404DataTypes,
)
from ...models.company_companyid_services_serviceid_response_200_data_types import (
    CompanyCompanyidServicesServiceidResponse200DataTypes,
)
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
        "url": "/v1/company/{location_id}/services/{service_id}".format(
            location_id=path_segment("get_service", "location_id", location_id, int),
            service_id=path_segment("get_service", "service_id", service_id, int),
        ),
        "extensions": {"altegio_operation": "get_service"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | CompanyCompanyidServicesServiceidResponse200DataTypes
    | None
):
    parse_ctx = ParseContext(response, "get_service")
    if response.status_code == 200:
        response_200 = CompanyCompanyidServicesServiceidResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 403:
        response_403 = CompanyCompanyidServiceCategoriesResponse403DataTypes._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = CompanyCompanyidServiceCategoriesResponse404DataTypes._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | CompanyCompanyidServicesServiceidResponse200DataTypes
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_service", exc) from exc
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
) -> Response[
    CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | CompanyCompanyidServicesServiceidResponse200DataTypes
]:
    """Get a list of services / specific service

     + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    Args:
        location_id (int):
        service_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidServiceCategoriesResponse403DataTypes | CompanyCompanyidServiceCategoriesResponse404DataTypes | CompanyCompanyidServicesServiceidResponse200DataTypes]
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
) -> (
    CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | CompanyCompanyidServicesServiceidResponse200DataTypes
    | None
):
    """Get a list of services / specific service

     + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    Args:
        location_id (int):
        service_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidServiceCategoriesResponse403DataTypes | CompanyCompanyidServiceCategoriesResponse404DataTypes | CompanyCompanyidServicesServiceidResponse200DataTypes
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
