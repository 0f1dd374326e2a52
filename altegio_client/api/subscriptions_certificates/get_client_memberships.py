from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_abonements_response_data_types import (
    LoyaltyAbonementsResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response


def _get_kwargs(
    *,
    company_id: int,
    phone: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/abonements",
        "extensions": {"altegio_operation": "get_client_memberships"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_client_memberships")
    if response.status_code == 200:
        response_200 = LoyaltyAbonementsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_client_memberships", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    company_id: int,
    phone: float,
) -> Response[LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Client Memberships

     Returns a list of client's memberships by phone

    Args:
        company_id (int):
        phone (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    company_id: int,
    phone: float,
) -> LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Client Memberships

     Returns a list of client's memberships by phone

    Args:
        company_id (int):
        phone (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyAbonementsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            phone=phone,
        )
    ).parsed
