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
from ...models.services_change_companyid_request_data_types import (
    ServicesChangeCompanyidRequestDataTypes,
)
from ...models.services_change_companyid_response_data_types import (
    ServicesChangeCompanyidResponseDataTypes,
)
from ...types import Response
from .._operations import patch_service as OPERATION

if TYPE_CHECKING:
    from ...models.services_change_companyid_response_data_types_data import (
        ServicesChangeCompanyidResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, ServicesChangeCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/services/{location_id}/{service_id}".format(
            location_id=path_segment("patch_service", "location_id", location_id, int),
            service_id=path_segment("patch_service", "service_id", service_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ServicesChangeCompanyidResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ServicesChangeCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ServicesChangeCompanyidResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ServicesChangeCompanyidResponseDataTypes:
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
    body: ServicesChangeCompanyidRequestDataTypes,
) -> Response[ServicesChangeCompanyidResponseDataTypes]:
    """Update a service (partial)

    ``PATCH /v1/services/{location_id}/{service_id}``

    Method to partially update a service

    Args:
        location_id (int):
        service_id (int):
        body (ServicesChangeCompanyidRequestDataTypes): Change service Example: {'title': "Men's
            haircut", 'booking_title': "Men's haircut", 'category_id': 83167, 'price_min': 1300,
            'price_max': 1300, 'duration': 3600, 'discount': 0, 'tax_variant': 1, 'vat_id': 3,
            'is_multi': False, 'is_need_limit_date': True, 'date_from': '2022-09-19', 'date_to':
            '2022-09-30', 'seance_search_start': 36000, 'seance_search_finish': 84600, 'step': 300,
            'seance_search_step': 900, 'comment': '', 'weight': 6, 'active': 1, 'api_id':
            '00000000042', 'staff': [{'id': 5905, 'seance_length': 2700}, {'id': 5907,
            'seance_length': 3600}, {'id': 8973, 'seance_length': 3600}, {'id': 13616,
            'seance_length': 3600}, {'id': 16681, 'seance_length': 3600}, {'id': 1796,
            'seance_length': 3600}, {'id': 34006, 'seance_length': 3600}]}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ServicesChangeCompanyidResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
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
    service_id: int,
    *,
    client: OperationClient,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> ServicesChangeCompanyidResponseDataTypes:
    """patch_service: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    service_id: int,
    *,
    client: OperationClient,
    body: ServicesChangeCompanyidRequestDataTypes,
) -> ServicesChangeCompanyidResponseDataTypesData:
    """patch_service: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            service_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
