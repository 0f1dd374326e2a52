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
    require_body,
    response_json,
)
from ...models.company_create_request_data_types import CompanyCreateRequestDataTypes
from ...models.company_create_response_data_types import CompanyCreateResponseDataTypes
from ...types import Response
from .._operations import create_location as OPERATION

if TYPE_CHECKING:
    from ...models.company_create_response_data_types_data import (
        CompanyCreateResponseDataTypesData,
    )

    pass


def _get_kwargs(
    *,
    body: CompanyCreateRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CompanyCreateRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/companies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCreateResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = CompanyCreateResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = CompanyCreateResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCreateResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    body: CompanyCreateRequestDataTypes,
) -> Response[CompanyCreateResponseDataTypes]:
    """Create a location

    ``POST /v1/companies``

    Create new location

    Args:
        body (CompanyCreateRequestDataTypes): Create a location Example: {'title': 'James Smith
            LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242,
            'business_type_id': 1, 'short_descr': 'Beauty studio'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCreateResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
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
    *,
    client: OperationClient,
    body: CompanyCreateRequestDataTypes,
) -> CompanyCreateResponseDataTypes:
    """create_location: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    body: CompanyCreateRequestDataTypes,
) -> CompanyCreateResponseDataTypesData:
    """create_location: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
