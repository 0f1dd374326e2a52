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
from ...models.services_companyid_request_data_types import (
    ServicesCompanyidRequestDataTypes,
)
from ...models.services_companyid_response_data_types import (
    ServicesCompanyidResponseDataTypes,
)
from ...types import Response
from .._operations import create_service as OPERATION

if TYPE_CHECKING:
    from ...models.services_companyid_response_data_types_data import (
        ServicesCompanyidResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: ServicesCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ServicesCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/services/{location_id}".format(
            location_id=path_segment("create_service", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ServicesCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = ServicesCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = ServicesCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> ServicesCompanyidResponseDataTypes:
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
    body: ServicesCompanyidRequestDataTypes,
) -> Response[ServicesCompanyidResponseDataTypes]:
    """Create a service

    ``POST /v1/services/{location_id}``

    Method to create a service

    Args:
        location_id (int):
        body (ServicesCompanyidRequestDataTypes): Create a service Example: {'title': "Men's
            haircut", 'category_id': 83167, 'price_min': 1300, 'price_max': 1300, 'duration': 3600,
            'discount': 0, 'comment': '', 'weight': 6, 'active': 1, 'api_id': '00000000042', 'staff':
            [{'id': 5905, 'seance_length': 2700}, {'id': 5907, 'seance_length': 3600}, {'id': 8973,
            'seance_length': 3600}, {'id': 13616, 'seance_length': 3600}, {'id': 16681,
            'seance_length': 3600}, {'id': 1796, 'seance_length': 3600}, {'id': 34006,
            'seance_length': 3600}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ServicesCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: ServicesCompanyidRequestDataTypes,
) -> ServicesCompanyidResponseDataTypes:
    """create_service: the parsed body (see ``asyncio_detailed``)."""
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
    body: ServicesCompanyidRequestDataTypes,
) -> ServicesCompanyidResponseDataTypesData:
    """create_service: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
