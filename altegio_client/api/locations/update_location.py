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
from ...models.company_put_request_data_types import CompanyPutRequestDataTypes
from ...models.company_put_response_data_types import CompanyPutResponseDataTypes
from ...types import Response
from .._operations import update_location as OPERATION

if TYPE_CHECKING:
    from ...models.company_put_response_data_types_data import (
        CompanyPutResponseDataTypesData,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CompanyPutRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CompanyPutRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/company/{location_id}".format(
            location_id=path_segment("update_location", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyPutResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyPutResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyPutResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyPutResponseDataTypes:
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
    body: CompanyPutRequestDataTypes,
) -> Response[CompanyPutResponseDataTypes]:
    """Change location

    ``PUT /v1/company/{location_id}``

    Change location data

    Args:
        location_id (int):
        body (CompanyPutRequestDataTypes): Change location Example: {'title': 'James Smith LLC',
            'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson Drive',
            'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com',
            'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242, 'description': 'The
            <strong>James Smith</strong> location', 'business_type_id': 1, 'short_descr': 'Beauty
            studio'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyPutResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: CompanyPutRequestDataTypes,
) -> CompanyPutResponseDataTypes:
    """update_location: the parsed body (see ``asyncio_detailed``)."""
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
    body: CompanyPutRequestDataTypes,
) -> CompanyPutResponseDataTypesData:
    """update_location: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
