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
from ...models.loyalty_cards_response_data_types import LoyaltyCardsResponseDataTypes
from ...types import Response
from .._operations import get_loyalty_card_list_by_client_id as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/client_cards/{client_id}".format(
            client_id=path_segment("get_loyalty_card_list_by_client_id", "client_id", client_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyCardsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCardsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyCardsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: OperationClient,
) -> Response[LoyaltyCardsResponseDataTypes]:
    """Get a List of Customer Cards by ID

    ``GET /v1/loyalty/client_cards/{client_id}``

    Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    Args:
        client_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyCardsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            client_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    client_id: int,
    *,
    client: OperationClient,
) -> LoyaltyCardsResponseDataTypes:
    """get_loyalty_card_list_by_client_id: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            client_id,
        ),
    )
    return _parsed(client, response)
