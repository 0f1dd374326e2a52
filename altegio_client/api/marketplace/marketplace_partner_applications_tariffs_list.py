from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.marketplace_partner_applications_tariffs_list_response_200 import (
    MarketplacePartnerApplicationsTariffsListResponse200,
)
from ...models.marketplace_partner_applications_tariffs_list_response_401 import (
    MarketplacePartnerApplicationsTariffsListResponse401,
)
from ...models.marketplace_partner_applications_tariffs_list_response_403 import (
    MarketplacePartnerApplicationsTariffsListResponse403,
)
from ...models.marketplace_partner_applications_tariffs_list_response_404 import (
    MarketplacePartnerApplicationsTariffsListResponse404,
)
from ...types import Response


def _get_kwargs(
    application_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/marketplace/application/{application_id}/tariffs".format(
            application_id=path_segment(
                "marketplace_partner_applications_tariffs_list", "application_id", application_id, int
            ),
        ),
        "extensions": {"altegio_operation": "marketplace_partner_applications_tariffs_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MarketplacePartnerApplicationsTariffsListResponse200
    | MarketplacePartnerApplicationsTariffsListResponse401
    | MarketplacePartnerApplicationsTariffsListResponse403
    | MarketplacePartnerApplicationsTariffsListResponse404
    | None
):
    parse_ctx = ParseContext(response, "marketplace_partner_applications_tariffs_list")
    if response.status_code == 200:
        response_200 = MarketplacePartnerApplicationsTariffsListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = MarketplacePartnerApplicationsTariffsListResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = MarketplacePartnerApplicationsTariffsListResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = MarketplacePartnerApplicationsTariffsListResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MarketplacePartnerApplicationsTariffsListResponse200
    | MarketplacePartnerApplicationsTariffsListResponse401
    | MarketplacePartnerApplicationsTariffsListResponse403
    | MarketplacePartnerApplicationsTariffsListResponse404
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "marketplace_partner_applications_tariffs_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    MarketplacePartnerApplicationsTariffsListResponse200
    | MarketplacePartnerApplicationsTariffsListResponse401
    | MarketplacePartnerApplicationsTariffsListResponse403
    | MarketplacePartnerApplicationsTariffsListResponse404
]:
    """Get application tariffs

     Retrieves list of tariffs for the application.

    **Note:** For marketplace partners only.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketplacePartnerApplicationsTariffsListResponse200 | MarketplacePartnerApplicationsTariffsListResponse401 | MarketplacePartnerApplicationsTariffsListResponse403 | MarketplacePartnerApplicationsTariffsListResponse404]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    MarketplacePartnerApplicationsTariffsListResponse200
    | MarketplacePartnerApplicationsTariffsListResponse401
    | MarketplacePartnerApplicationsTariffsListResponse403
    | MarketplacePartnerApplicationsTariffsListResponse404
    | None
):
    """Get application tariffs

     Retrieves list of tariffs for the application.

    **Note:** For marketplace partners only.

    Args:
        application_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketplacePartnerApplicationsTariffsListResponse200 | MarketplacePartnerApplicationsTariffsListResponse401 | MarketplacePartnerApplicationsTariffsListResponse403 | MarketplacePartnerApplicationsTariffsListResponse404
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
