from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/client_cards/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_loyalty_card_list_by_client_id"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_loyalty_card_list_by_client_id")
    if response.status_code == 200:
        response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_loyalty_card_list_by_client_id", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Customer Cards by ID

     Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    Args:
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Customer Cards by ID

     Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    Args:
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyCardsResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
        )
    ).parsed
