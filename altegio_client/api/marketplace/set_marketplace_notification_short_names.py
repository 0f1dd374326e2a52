from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
)
from ...models.set_marketplace_notification_short_names_body import (
    SetMarketplaceNotificationShortNamesBody,
)
from ...types import UNSET, Response, Unset
from .._operations import set_marketplace_notification_short_names as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: SetMarketplaceNotificationShortNamesBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/partner/short_names",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = cast(Any, None)
    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    body: SetMarketplaceNotificationShortNamesBody | Unset = UNSET,
) -> Response[Any]:
    """Notify Altegio of Available SMS Sender Names

    ``POST /marketplace/partner/short_names``

    This endpoint is used to send the list of SMS sender names available to the user. The user will be
    able to choose from any of the provided sender names.

    Args:
        body (SetMarketplaceNotificationShortNamesBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
    body: SetMarketplaceNotificationShortNamesBody | Unset = UNSET,
) -> Any:
    """set_marketplace_notification_short_names: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
