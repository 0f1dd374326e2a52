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
from ...models.service_categories_companyid_request_data_types import (
    ServiceCategoriesCompanyidRequestDataTypes,
)
from ...models.service_categories_companyid_response_data_types import (
    ServiceCategoriesCompanyidResponseDataTypes,
)
from ...types import Response
from .._operations import create_service_category as OPERATION

if TYPE_CHECKING:
    from ...models.service_categories_companyid_response_data_types_data import (
        ServiceCategoriesCompanyidResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ServiceCategoriesCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/service_categories/{location_id}".format(
            location_id=path_segment("create_service_category", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceCategoriesCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = ServiceCategoriesCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = ServiceCategoriesCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> ServiceCategoriesCompanyidResponseDataTypes:
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
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> Response[ServiceCategoriesCompanyidResponseDataTypes]:
    """Create a service category

    ``POST /v1/service_categories/{location_id}``

    Args:
        location_id (int):
        body (ServiceCategoriesCompanyidRequestDataTypes): Create service category Example:
            {'title': 'Haircut very feminine', 'api_id': 'adw322', 'weight': 111, 'staff': [5006,
            8901]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ServiceCategoriesCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    *,
    client: OperationClient,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> ServiceCategoriesCompanyidResponseDataTypes:
    """create_service_category: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: ServiceCategoriesCompanyidRequestDataTypes,
) -> ServiceCategoriesCompanyidResponseDataTypesData:
    """create_service_category: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
