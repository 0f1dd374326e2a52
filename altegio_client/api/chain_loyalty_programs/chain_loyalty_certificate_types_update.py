from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.chain_loyalty_certificate_types_create_body import (
    ChainLoyaltyCertificateTypesCreateBody,
)
from ...models.chain_loyalty_certificate_types_update_response_200 import (
    ChainLoyaltyCertificateTypesUpdateResponse200,
)
from ...models.update_service_links_response_422 import UpdateServiceLinksResponse422
from ...models.update_tag_response_401 import UpdateTagResponse401
from ...types import Response


def _get_kwargs(
    chain_id: int,
    type_id: int,
    *,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/chain/{chain_id}/loyalty/certificate_types/{type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            type_id=quote(str(type_id), safe=""),
        ),
        "extensions": {"altegio_operation": "chain_loyalty_certificate_types_update"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
    parse_ctx = ParseContext(response, "chain_loyalty_certificate_types_update")
    if response.status_code == 200:
        response_200 = ChainLoyaltyCertificateTypesUpdateResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 400:
        response_400 = UpdateServiceLinksResponse422._lazy(response_json(response), parse_ctx)

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
) -> Response[ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "chain_loyalty_certificate_types_update", exc) from exc
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
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> Response[ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]:
    """Update certificate type

     Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    Args:
        chain_id (int):
        type_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        type_id=type_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    type_id: int,
    *,
    client: AuthenticatedClient,
    body: ChainLoyaltyCertificateTypesCreateBody,
) -> ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401 | None:
    """Update certificate type

     Updates an existing certificate type at the chain level.

    All fields from creation are required. Use GET first to retrieve current values,
    then modify needed fields and send complete object.

    **Note:** Cannot update certificate types that have already been issued.

    Args:
        chain_id (int):
        type_id (int):
        body (ChainLoyaltyCertificateTypesCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainLoyaltyCertificateTypesUpdateResponse200 | UpdateServiceLinksResponse422 | UpdateTagResponse401
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            type_id=type_id,
            client=client,
            body=body,
        )
    ).parsed
