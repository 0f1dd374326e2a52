from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_delete_response_200 import (
    ChainLoyaltyCertificateTypesDeleteResponse200,
)
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    chain_id: int,
    type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_certificate_types_delete"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "chain_loyalty_certificate_types_delete")
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesDeleteResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_400

    if response.status_code == 401:
        response_401 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = UpdateTagResponse401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_certificate_types_delete", exc) from exc
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
) -> Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401]:
    """Delete certificate type

     Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401]
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
) -> Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401 | None:
    """Delete certificate type

     Deletes a certificate type from the chain.

    **Warning:** This action cannot be undone. Certificate types that have
    issued certificates cannot be deleted.

    Args:
        chain_id (int):
        type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChainLoyaltyCertificateTypesDeleteResponse200 | GetTagResponse401 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
        )
    ).parsed
