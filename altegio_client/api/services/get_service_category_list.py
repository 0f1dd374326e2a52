from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_companyid_service_categories_response_200_data_types import (
    CompanyCompanyidServiceCategoriesResponse200DataTypes,
)
from ...models.company_companyid_service_categories_response_403_data_types import (
    CompanyCompanyidServiceCategoriesResponse403DataTypes,
)
from ...models.company_companyid_service_categories_response_404_data_types import (
    CompanyCompanyidServiceCategoriesResponse404DataTypes,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    id: int,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/service_categories/{id}".format(
            location_id=path_segment("get_service_category_list", "location_id", location_id, int),
            id=path_segment("get_service_category_list", "id", id, int),
        ),
        "extensions": {"altegio_operation": "get_service_category_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyCompanyidServiceCategoriesResponse200DataTypes
    | CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | None
):
    parse_ctx = ParseContext(response, "get_service_category_list")
    if response.status_code == 200:
        response_200 = CompanyCompanyidServiceCategoriesResponse200DataTypes._lazy(response_json(response), parse_ctx)

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
    CompanyCompanyidServiceCategoriesResponse200DataTypes
    | CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_service_category_list", exc) from exc
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
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> Response[
    CompanyCompanyidServiceCategoriesResponse200DataTypes
    | CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
]:
    """Get a list of service categories

     + Options
        + company_id (required, number) - location ID
        + id (optional, number) - service category ID (to work with a specific category)
        + staff_id (optional, number) - team member ID (to get categories associated with a team member)

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyidServiceCategoriesResponse200DataTypes | CompanyCompanyidServiceCategoriesResponse403DataTypes | CompanyCompanyidServiceCategoriesResponse404DataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        id=id,
        staff_id=staff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
) -> (
    CompanyCompanyidServiceCategoriesResponse200DataTypes
    | CompanyCompanyidServiceCategoriesResponse403DataTypes
    | CompanyCompanyidServiceCategoriesResponse404DataTypes
    | None
):
    """Get a list of service categories

     + Options
        + company_id (required, number) - location ID
        + id (optional, number) - service category ID (to work with a specific category)
        + staff_id (optional, number) - team member ID (to get categories associated with a team member)

    Args:
        location_id (int):
        id (int):
        staff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyidServiceCategoriesResponse200DataTypes | CompanyCompanyidServiceCategoriesResponse403DataTypes | CompanyCompanyidServiceCategoriesResponse404DataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            id=id,
            client=client,
            staff_id=staff_id,
        )
    ).parsed
