from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.loyalty_card_types_response_data_types_item import (
    LoyaltyCardTypesResponseDataTypesItem,
)
from ...types import Response
from .._operations import get_loyalty_card_type_list as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/card_types/salon/{location_id}".format(
            location_id=path_segment("get_loyalty_card_type_list", "location_id", location_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCardTypesResponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCardTypesResponseDataTypesItem._lazy_list(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
) -> Response[list[LoyaltyCardTypesResponseDataTypesItem]]:
    """Get a list of card types available at the location

    ``GET /v1/loyalty/card_types/salon/{location_id}``

    Returns a list of card types that are valid for the given location.

    The attributes and their descriptions match those defined in the "Collection of Card Types Available
    to the Client" method described above.

    Args:
        location_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[list[LoyaltyCardTypesResponseDataTypesItem]]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    location_id: int,
    *,
    client: OperationClient,
) -> list[LoyaltyCardTypesResponseDataTypesItem]:
    """get_loyalty_card_type_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)
