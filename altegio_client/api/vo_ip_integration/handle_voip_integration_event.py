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
    require_body,
    response_json,
)
from ...models.voip_integration_disable_request_data_types import (
    VoipIntegrationDisableRequestDataTypes,
)
from ...models.voip_integration_enable_request_data_types import (
    VoipIntegrationEnableRequestDataTypes,
)
from ...models.voip_integration_history_request_data_types import (
    VoipIntegrationHistoryRequestDataTypes,
)
from ...models.voip_integration_notification_request_data_types import (
    VoipIntegrationNotificationRequestDataTypes,
)
from ...models.voip_integration_response_data_types import (
    VoipIntegrationResponseDataTypes,
)
from ...types import Response
from .._operations import handle_voip_integration_event as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(
        OPERATION.name,
        body,
        VoipIntegrationDisableRequestDataTypes
        | VoipIntegrationEnableRequestDataTypes
        | VoipIntegrationHistoryRequestDataTypes
        | VoipIntegrationNotificationRequestDataTypes,
    )
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voip/integration",
    }

    if isinstance(body, VoipIntegrationEnableRequestDataTypes):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, VoipIntegrationDisableRequestDataTypes):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, VoipIntegrationHistoryRequestDataTypes):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> VoipIntegrationResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 202:
        response_202 = VoipIntegrationResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_202 = VoipIntegrationResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_202


def _parsed(client: OperationClient, response: httpx.Response) -> VoipIntegrationResponseDataTypes:
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
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> Response[VoipIntegrationResponseDataTypes]:
    """VoIP events

    ``POST /v1/voip/integration``

    #### Enable integration
    To use the api and activate access to the settings in the user interface, you need to activate the
    integration by sending the "Enable integration" request. After a successful connection, access to
    the section with routing settings will be opened in the chain user interface.

    #### Disable integration
    To disable the integration, you can use the "Disable integration" method. After the integration is
    disabled, access to the user interface settings section is closed, the requests "Call notification"
    and "Call information saving" are not processed.

    #### Call notification
    To display notifications about an incoming call, the "Call notification" method is used, the call
    type ("incoming", "outgoing", "internal") is specified in the parameters, but currently
    notifications are displayed only for the "incoming" value. Notifications are displayed for users
    defined based on routing settings. When specifying the "user" and "diversion" parameters at the same
    time, "user" is the priority when searching for routes.

    #### Saving call information
    The information about the call is automatically saved to the chain history and to the history of
    chain locations in accordance with the call routing settings.

    Args:
        body (VoipIntegrationDisableRequestDataTypes | VoipIntegrationEnableRequestDataTypes |
            VoipIntegrationHistoryRequestDataTypes | VoipIntegrationNotificationRequestDataTypes):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[VoipIntegrationResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> VoipIntegrationResponseDataTypes:
    """handle_voip_integration_event: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> str:
    """handle_voip_integration_event: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
