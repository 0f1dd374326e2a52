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
from ...models.visit_loyalty_apply_response_data_types import (
    VisitLoyaltyApplyResponseDataTypes,
)
from ...models.visit_loyalty_referral_request_data_types import (
    VisitLoyaltyReferralRequestDataTypes,
)
from ...types import Response


def _get_kwargs(
    location_id: int,
    chain_id: int,
    *,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/visit/loyalty/apply_referral_program/{location_id}/{chain_id}".format(
            location_id=quote(str(location_id), safe=""),
            chain_id=quote(str(chain_id), safe=""),
        ),
        "extensions": {"altegio_operation": "apply_referral_program"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes | None:
    parse_ctx = ParseContext(response, "apply_referral_program")
    if response.status_code == 200:
        response_200 = VisitLoyaltyApplyResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "apply_referral_program", exc) from exc
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
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes]:
    """Apply Referral Program During a Visit

     Applying a referral program to a visit

    Args:
        location_id (int):
        chain_id (int):
        body (VisitLoyaltyReferralRequestDataTypes): Apply referral program in a visit Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        chain_id=chain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    chain_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitLoyaltyReferralRequestDataTypes,
) -> NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes | None:
    """Apply Referral Program During a Visit

     Applying a referral program to a visit

    Args:
        location_id (int):
        chain_id (int):
        body (VisitLoyaltyReferralRequestDataTypes): Apply referral program in a visit Example:
            {'record_id': 140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | VisitLoyaltyApplyResponseDataTypes
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            chain_id=chain_id,
            client=client,
            body=body,
        )
    ).parsed
