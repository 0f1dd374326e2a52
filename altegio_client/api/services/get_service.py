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
from ...models.company_companyid_services_serviceid_response_200_data_types import (
    CompanyCompanyidServicesServiceidResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_service as OPERATION

if TYPE_CHECKING:
    from ...models.company_companyid_services_serviceid_response_200_data_types_data_type_1_item import (
        CompanyCompanyidServicesServiceidResponse200DataTypesDataType1Item,
    )
    from ...models.service_details import ServiceDetails
    from ...types import UNSET, Unset

    pass


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
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyidServicesServiceidResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyCompanyidServicesServiceidResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyCompanyidServicesServiceidResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCompanyidServicesServiceidResponse200DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> Response[CompanyCompanyidServicesServiceidResponse200DataTypes]:
    """Get a list of services / specific service

    ``GET /v1/company/{location_id}/services/{service_id}``

    + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    Args:
        location_id (int):
        service_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCompanyidServicesServiceidResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            staff_id=staff_id,
            category_id=category_id,
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
    service_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> CompanyCompanyidServicesServiceidResponse200DataTypes:
    """get_service: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            staff_id=staff_id,
            category_id=category_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> list[CompanyCompanyidServicesServiceidResponse200DataTypesDataType1Item] | ServiceDetails:
    """get_service: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            staff_id=staff_id,
            category_id=category_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
