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
from ...models.company_companyid_service_categories_response_200_data_types import (
    CompanyCompanyidServiceCategoriesResponse200DataTypes,
)
from ...models.service_categories_companyid_request_data_types import (
    ServiceCategoriesCompanyidRequestDataTypes,
)
from ...types import Response
from .._operations import update_service_category as OPERATION

if TYPE_CHECKING:
    from ...models.company_companyid_service_categories_response_200_data_types_data_type_1 import (
        CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1,
    )

    pass


def _get_kwargs(
    location_id: int,
    id: int,
    *,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ServiceCategoriesCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/service_category/{location_id}/{id}".format(
            location_id=path_segment("update_service_category", "location_id", location_id, int),
            id=path_segment("update_service_category", "id", id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> Response[CompanyCompanyidServiceCategoriesResponse200DataTypes]:
    """Change service category

    ``PUT /v1/service_category/{location_id}/{id}``

    Args:
        location_id (int):
        id (int):
        body (ServiceCategoriesCompanyidRequestDataTypes): Create service category Example:
            {'title': 'Haircut very feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006,
            8901]}.

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
    id: int,
    *,
    client: OperationClient,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> CompanyCompanyidServiceCategoriesResponse200DataTypes:
    """update_service_category: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    id: int,
    *,
    client: OperationClient,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> (
    CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1
    | list[CompanyCompanyidServiceCategoriesResponse200DataTypesDataType1]
):
    """update_service_category: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
