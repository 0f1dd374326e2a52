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
from ...types import Response
from .._operations import deprecated_get_service_category_list as OPERATION

if TYPE_CHECKING:
    from ...models.company_companyid_service_categories_response_200_data_types_data_type_1 import (
        CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1,
    )

    pass


def _get_kwargs(
    location_id: int,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/service_categories/{location_id}/{id}".format(
            location_id=path_segment("deprecated_get_service_category_list", "location_id", location_id, int),
            id=path_segment("deprecated_get_service_category_list", "id", id, int),
        ),
    }

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
    id: int,
    *,
    client: OperationClient,
) -> Response[CompanyCompanyidServiceCategoriesResponse200DataTypes]:
    """Deprecated. Get a list of service categories

    ``GET /v1/service_categories/{location_id}/{id}``

    Get a list of service categories

    Args:
        location_id (int):
        id (int):

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
            id,
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
    id: int,
    *,
    client: OperationClient,
) -> CompanyCompanyidServiceCategoriesResponse200DataTypes:
    """deprecated_get_service_category_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    id: int,
    *,
    client: OperationClient,
) -> (
    CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1
    | list[CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1]
):
    """deprecated_get_service_category_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
