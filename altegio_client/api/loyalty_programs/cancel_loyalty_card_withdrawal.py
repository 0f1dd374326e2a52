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
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.visit_loyalty_cancel_response_data_types import (
    VisitLoyaltyCancelResponseDataTypes,
)
from ...models.visit_loyalty_request_data_types import VisitLoyaltyRequestDataTypes
from ...types import Response


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: VisitLoyaltyRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
        "extensions": {"altegio_operation": "cancel_loyalty_card_withdrawal"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes | None:
    parse_ctx = ParseContext(response, "cancel_loyalty_card_withdrawal")
    if response.status_code == 200:
        response_200 = VisitLoyaltyCancelResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "cancel_loyalty_card_withdrawal", exc) from exc
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
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequestDataTypes,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes]:
    """Cancel Withdrawal from the Loyalty Card During the Visit

     Cancellation of write-off from the loyalty card.

    Args:
        location_id (int):
        card_id (int):
        body (VisitLoyaltyRequestDataTypes): Apply promotion Example: {'record_id': 0, 'visit_id':
            0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    card_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyRequestDataTypes,
) -> NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes | None:
    """Cancel Withdrawal from the Loyalty Card During the Visit

     Cancellation of write-off from the loyalty card.

    Args:
        location_id (int):
        card_id (int):
        body (VisitLoyaltyRequestDataTypes): Apply promotion Example: {'record_id': 0, 'visit_id':
            0}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyCancelResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            client=client,
            body=body,
        )
    ).parsed
