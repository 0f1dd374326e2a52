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
    require_body,
    response_json,
)
from ...models.email_clients_by_id_request_data_types import (
    EmailClientsByIdRequestDataTypes,
)
from ...models.sms_clients_by_id_response_data_types import (
    SmsClientsByIdResponseDataTypes,
)
from ...types import Response
from .._operations import send_email_newsletter_to_clients as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    body: EmailClientsByIdRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, EmailClientsByIdRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email/clients/by_id/{location_id}".format(
            location_id=path_segment("send_email_newsletter_to_clients", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SmsClientsByIdResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = SmsClientsByIdResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = SmsClientsByIdResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> SmsClientsByIdResponseDataTypes:
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
    body: EmailClientsByIdRequestDataTypes,
) -> Response[SmsClientsByIdResponseDataTypes]:
    """Send Email newsletter according to the list of clients

    ``POST /v1/email/clients/by_id/{location_id}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SmsClientsByIdResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: EmailClientsByIdRequestDataTypes,
) -> SmsClientsByIdResponseDataTypes:
    """send_email_newsletter_to_clients: the parsed body (see ``asyncio_detailed``)."""
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
    body: EmailClientsByIdRequestDataTypes,
) -> str:
    """send_email_newsletter_to_clients: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
