from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_get_response_200 import (
    ChainLoyaltyCertificateTypesGetResponse200,
)
from ...models.chain_loyalty_certificate_types_get_response_401 import (
    ChainLoyaltyCertificateTypesGetResponse401,
)
from ...models.chain_loyalty_certificate_types_get_response_403 import (
    ChainLoyaltyCertificateTypesGetResponse403,
)
from ...models.chain_loyalty_certificate_types_get_response_404 import (
    ChainLoyaltyCertificateTypesGetResponse404,
)
from ...types import Response


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=path_segment("chain_loyalty_certificate_types_get", "chain_id", chain_id, int),
            type_id=path_segment("chain_loyalty_certificate_types_get", "type_id", type_id, int),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_certificate_types_get"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ChainLoyaltyCertificateTypesGetResponse200
    | ChainLoyaltyCertificateTypesGetResponse401
    | ChainLoyaltyCertificateTypesGetResponse403
    | ChainLoyaltyCertificateTypesGetResponse404
    | None
):
    parse_ctx = ParseContext(response, "chain_loyalty_certificate_types_get")
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesGetResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ChainLoyaltyCertificateTypesGetResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ChainLoyaltyCertificateTypesGetResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ChainLoyaltyCertificateTypesGetResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ChainLoyaltyCertificateTypesGetResponse200
    | ChainLoyaltyCertificateTypesGetResponse401
    | ChainLoyaltyCertificateTypesGetResponse403
    | ChainLoyaltyCertificateTypesGetResponse404
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_certificate_types_get", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    ChainLoyaltyCertificateTypesGetResponse200
    | ChainLoyaltyCertificateTypesGetResponse401
    | ChainLoyaltyCertificateTypesGetResponse403
    | ChainLoyaltyCertificateTypesGetResponse404
]:
    """Get certificate type

     Retrieves a specific certificate type by ID at the chain level.

    Returns complete certificate type configuration including expiration rules,
    restrictions, and online sale settings.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesGetResponse200 | ChainLoyaltyCertificateTypesGetResponse401 | ChainLoyaltyCertificateTypesGetResponse403 | ChainLoyaltyCertificateTypesGetResponse404]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    ChainLoyaltyCertificateTypesGetResponse200
    | ChainLoyaltyCertificateTypesGetResponse401
    | ChainLoyaltyCertificateTypesGetResponse403
    | ChainLoyaltyCertificateTypesGetResponse404
    | None
):
    """Get certificate type

     Retrieves a specific certificate type by ID at the chain level.

    Returns complete certificate type configuration including expiration rules,
    restrictions, and online sale settings.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesGetResponse200 | ChainLoyaltyCertificateTypesGetResponse401 | ChainLoyaltyCertificateTypesGetResponse403 | ChainLoyaltyCertificateTypesGetResponse404
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
        )
    ).parsed
