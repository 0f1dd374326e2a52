from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
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


def _get_kwargs(
    *,
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voip/integration",
        "extensions": {"altegio_operation": "handle_voip_integration_event"},
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes | None:
    parse_ctx = ParseContext(response, "handle_voip_integration_event")
    if response.status_code == 202:
        response_202 = VoipIntegrationResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_202

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "handle_voip_integration_event", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes]:
    """VoIP events

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VoipIntegrationDisableRequestDataTypes
    | VoipIntegrationEnableRequestDataTypes
    | VoipIntegrationHistoryRequestDataTypes
    | VoipIntegrationNotificationRequestDataTypes,
) -> NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes | None:
    """VoIP events

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | VoipIntegrationResponseDataTypes
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
