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
from ...models.loyalty_notification_message_template import (
    LoyaltyNotificationMessageTemplate,
)
from ...types import Response
from .._operations import get_chain_loyalty_notification_template_list as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/notification_message_templates/programs".format(
            chain_id=path_segment("get_chain_loyalty_notification_template_list", "chain_id", chain_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[LoyaltyNotificationMessageTemplate]:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyNotificationMessageTemplate._lazy_list(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyNotificationMessageTemplate._lazy_list(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> list[LoyaltyNotificationMessageTemplate]:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: OperationClient,
) -> Response[list[LoyaltyNotificationMessageTemplate]]:
    """Get a list of loyalty notification templates

    ``GET /v1/chain/{chain_id}/loyalty/notification_message_templates/programs``

    Args:
        chain_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[list[LoyaltyNotificationMessageTemplate]]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    chain_id: int,
    *,
    client: OperationClient,
) -> list[LoyaltyNotificationMessageTemplate]:
    """get_chain_loyalty_notification_template_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
        ),
    )
    return _parsed(client, response)
