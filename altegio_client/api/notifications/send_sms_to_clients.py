from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_tag_response_401 import GetTagResponse401
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.sms_clients_by_id_request_data_types import (
    SmsClientsByIdRequestDataTypes,
)
from ...models.sms_clients_by_id_response_data_types import (
    SmsClientsByIdResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: SmsClientsByIdRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sms/clients/by_id/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "send_sms_to_clients"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetTagResponse401
    | NotFoundResponse404
    | SmsClientsByIdResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "send_sms_to_clients")
    if response.status_code == 201:
        response_201 = SmsClientsByIdResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 402:
        response_402 = GetTagResponse401._lazy(response_json(response), parse_ctx)

        return response_402

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetTagResponse401
    | NotFoundResponse404
    | SmsClientsByIdResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "send_sms_to_clients", exc) from exc
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
    *,
    client: AuthenticatedClient,
    body: SmsClientsByIdRequestDataTypes,
) -> Response[
    GetTagResponse401
    | NotFoundResponse404
    | SmsClientsByIdResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    """Send SMS to the list of clients

     The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    Args:
        location_id (int):
        body (SmsClientsByIdRequestDataTypes): Send SMS to the list of clients Example:
            {'client_ids': [1, 2, 3, 4, 5], 'text': 'Dear clients, we congratulate you on being our
            clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTagResponse401 | NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsClientsByIdRequestDataTypes,
) -> (
    GetTagResponse401
    | NotFoundResponse404
    | SmsClientsByIdResponseDataTypes
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Send SMS to the list of clients

     The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    Args:
        location_id (int):
        body (SmsClientsByIdRequestDataTypes): Send SMS to the list of clients Example:
            {'client_ids': [1, 2, 3, 4, 5], 'text': 'Dear clients, we congratulate you on being our
            clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTagResponse401 | NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
