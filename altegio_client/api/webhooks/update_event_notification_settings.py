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
from ...models.hooks_settings_response_data_types import HooksSettingsResponseDataTypes
from ...models.update_event_notification_settings_body import (
    UpdateEventNotificationSettingsBody,
)
from ...types import UNSET, Response, Unset
from .._operations import update_event_notification_settings as OPERATION

if TYPE_CHECKING:
    from ...models.hooks_settings_response_data_types_data import (
        HooksSettingsResponseDataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/hooks_settings/{location_id}".format(
            location_id=path_segment("update_event_notification_settings", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> HooksSettingsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = HooksSettingsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = HooksSettingsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> HooksSettingsResponseDataTypes:
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
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> Response[HooksSettingsResponseDataTypes]:
    """Change Event Notification Settings

    ``POST /v1/hooks_settings/{location_id}``

    Args:
        location_id (int):
        body (UpdateEventNotificationSettingsBody | Unset):  Example: {'urls':
            ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0,
            'service': 1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale':
            1, 'goods_operations_receipt': 1, 'goods_operations_consumable': 1,
            'goods_operations_stolen': 1, 'goods_operations_move': 1, 'finances_operation': 1,
            'self_sending': 0}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[HooksSettingsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    location_id: int,
    *,
    client: OperationClient,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> HooksSettingsResponseDataTypes:
    """update_event_notification_settings: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> HooksSettingsResponseDataTypesData:
    """update_event_notification_settings: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
