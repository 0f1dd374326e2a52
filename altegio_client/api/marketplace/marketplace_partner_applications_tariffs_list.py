from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
)
from ...models.marketplace_partner_applications_tariffs_list_response_200 import (
    MarketplacePartnerApplicationsTariffsListResponse200,
)
from ...types import Response
from .._operations import marketplace_partner_applications_tariffs_list as OPERATION

if TYPE_CHECKING:
    from ...models.marketplace_partner_applications_tariffs_list_response_200_data_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItem,
    )

    pass


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
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> MarketplacePartnerApplicationsTariffsListResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = MarketplacePartnerApplicationsTariffsListResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = MarketplacePartnerApplicationsTariffsListResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> MarketplacePartnerApplicationsTariffsListResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: OperationClient,
) -> Response[MarketplacePartnerApplicationsTariffsListResponse200]:
    """Get application tariffs

    ``GET /v1/marketplace/application/{application_id}/tariffs``

    Retrieves list of tariffs for the application.

    **Note:** For marketplace partners only.

    Args:
        application_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[MarketplacePartnerApplicationsTariffsListResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            application_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    application_id: int,
    *,
    client: OperationClient,
) -> MarketplacePartnerApplicationsTariffsListResponse200:
    """marketplace_partner_applications_tariffs_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            application_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    application_id: int,
    *,
    client: OperationClient,
) -> list[MarketplacePartnerApplicationsTariffsListResponse200DataItem]:
    """marketplace_partner_applications_tariffs_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            application_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
