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
from ...models.storages_transaction_response_data_types import (
    StoragesTransactionResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["document_id"] = document_id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/storages/transactions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "search_for_product_transactions"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "search_for_product_transactions")
    if response.status_code == 200:
        response_200 = StoragesTransactionResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "search_for_product_transactions", exc) from exc
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
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401]:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        page=page,
        count=count,
        start_date=start_date,
        end_date=end_date,
        document_id=document_id,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    document_id: str | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401 | None:
    """Search for product transactions

    Args:
        location_id (int):
        page (int | Unset):
        count (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        document_id (str | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | StoragesTransactionResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            page=page,
            count=count,
            start_date=start_date,
            end_date=end_date,
            document_id=document_id,
            changed_after=changed_after,
            changed_before=changed_before,
        )
    ).parsed
