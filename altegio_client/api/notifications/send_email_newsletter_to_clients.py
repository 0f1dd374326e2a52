from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.email_clients_by_id_request_data_types import (
    EmailClientsByIdRequestDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.sms_clients_by_id_response_data_types import (
    SmsClientsByIdResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    *,
    body: EmailClientsByIdRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email/clients/by_id/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "send_email_newsletter_to_clients"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "send_email_newsletter_to_clients")
    if response.status_code == 201:
        response_201 = SmsClientsByIdResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

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
) -> Response[NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "send_email_newsletter_to_clients", exc) from exc
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
    body: EmailClientsByIdRequestDataTypes,
) -> Response[NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401]:
    """Send Email newsletter according to the list of clients

     The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    Args:
        location_id (int):
        body (EmailClientsByIdRequestDataTypes): Send Email newsletter according to the list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401]
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
    body: EmailClientsByIdRequestDataTypes,
) -> NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | None:
    """Send Email newsletter according to the list of clients

     The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    Args:
        location_id (int):
        body (EmailClientsByIdRequestDataTypes): Send Email newsletter according to the list of
            clients Example: {'client_ids': [1, 2, 3, 4, 5], 'subject': 'Important!', 'text': 'Dear
            clients, we congratulate you on being our clients! You are very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
