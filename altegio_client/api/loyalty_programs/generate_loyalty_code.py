from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
from ...models.generate_loyalty_code_response_403 import GenerateLoyaltyCodeResponse403
from ...types import Response


def _get_kwargs(
    location_id: int,
    product_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/generate_code/{location_id}/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
        "extensions": {"altegio_operation": "generate_loyalty_code"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403 | None:
    parse_ctx = ParseContext(response, "generate_loyalty_code")
    if response.status_code == 200:
        response_200 = GenerateLoyaltyCodeResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 403:
        response_403 = GenerateLoyaltyCodeResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = GenerateLoyaltyCodeResponse403._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "generate_loyalty_code", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403]:
    """Gift Card/Membership Code Generation

     + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    Args:
        location_id (int):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
) -> GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403 | None:
    """Gift Card/Membership Code Generation

     + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    Args:
        location_id (int):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenerateLoyaltyCodeResponse200 | GenerateLoyaltyCodeResponse403
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
        )
    ).parsed
