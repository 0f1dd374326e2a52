from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.storage_operation_good_transaction_request_data_types import (
    StorageOperationGoodTransactionRequestDataTypes,
)
from ...models.storage_operation_good_transaction_response_200_data_types import (
    StorageOperationGoodTransactionResponse200DataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    transaction_id: int,
    *,
    body: StorageOperationGoodTransactionRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/storage_operations/goods_transactions/{location_id}/{transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_transaction"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_transaction")
    if response.status_code == 200:
        response_200 = StorageOperationGoodTransactionResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_transaction", exc) from exc
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
    transaction_id: int,
    *,
    client: AuthenticatedClient,
    body: StorageOperationGoodTransactionRequestDataTypes,
) -> Response[NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401]:
    """Transaction update

    Args:
        location_id (int):
        transaction_id (int):
        body (StorageOperationGoodTransactionRequestDataTypes): Create Transaction Example:
            {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        transaction_id=transaction_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    transaction_id: int,
    *,
    client: AuthenticatedClient,
    body: StorageOperationGoodTransactionRequestDataTypes,
) -> NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401 | None:
    """Transaction update

    Args:
        location_id (int):
        transaction_id (int):
        body (StorageOperationGoodTransactionRequestDataTypes): Create Transaction Example:
            {'document_id': 22254960, 'good_id': 232674, 'amount': 1, 'cost_per_unit': 100,
            'discount': 10, 'cost': 90, 'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0,
            'supplier_id': 0, 'comment': 'Transaction comment'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | StorageOperationGoodTransactionResponse200DataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            transaction_id=transaction_id,
            client=client,
            body=body,
        )
    ).parsed
