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
from ...models.generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
from ...types import Response
from .._operations import generate_loyalty_code as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_generate_code_200_data_option import (
        LoyaltyGenerateCode200DataOption,
    )

    pass


def _get_kwargs(
    location_id: int,
    product_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/generate_code/{location_id}/{product_id}".format(
            location_id=path_segment("generate_loyalty_code", "location_id", location_id, int),
            product_id=path_segment("generate_loyalty_code", "product_id", product_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GenerateLoyaltyCodeResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GenerateLoyaltyCodeResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GenerateLoyaltyCodeResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GenerateLoyaltyCodeResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
) -> Response[GenerateLoyaltyCodeResponse200]:
    """Gift Card/Membership Code Generation

    ``GET /v1/loyalty/generate_code/{location_id}/{product_id}``

    + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    Args:
        location_id (int):
        product_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GenerateLoyaltyCodeResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
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
    product_id: int,
    *,
    client: OperationClient,
) -> GenerateLoyaltyCodeResponse200:
    """generate_loyalty_code: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    product_id: int,
    *,
    client: OperationClient,
) -> LoyaltyGenerateCode200DataOption:
    """generate_loyalty_code: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            product_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
