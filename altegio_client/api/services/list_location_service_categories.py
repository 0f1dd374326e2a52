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
    response_json,
)
from ...models.company_companyid_service_categories_response_200_data_types import (
    CompanyCompanyidServiceCategoriesResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import list_location_service_categories as OPERATION

if TYPE_CHECKING:
    from ...models.company_companyid_service_categories_response_200_data_types_data_type_1 import (
        CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/service_categories".format(
            location_id=path_segment("list_location_service_categories", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyidServiceCategoriesResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyCompanyidServiceCategoriesResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyCompanyidServiceCategoriesResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCompanyidServiceCategoriesResponse200DataTypes:
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
    staff_id: int | Unset = UNSET,
) -> Response[CompanyCompanyidServiceCategoriesResponse200DataTypes]:
    """Get a list of service categories

    ``GET /v1/company/{location_id}/service_categories``

    + Options
        + company_id (required, number) - location ID
        + id (optional, number) - service category ID (to work with a specific category)
        + staff_id (optional, number) - team member ID (to get categories associated with a team member)

    Args:
        location_id (int):
        staff_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCompanyidServiceCategoriesResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
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
    staff_id: int | Unset = UNSET,
) -> CompanyCompanyidServiceCategoriesResponse200DataTypes:
    """list_location_service_categories: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
) -> (
    CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1
    | list[CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1]
):
    """list_location_service_categories: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
