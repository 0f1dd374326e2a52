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
from ...models.email_clients_by_filter_request_data_types import (
    EmailClientsByFilterRequestDataTypes,
)
from ...models.sms_clients_by_id_response_data_types import (
    SmsClientsByIdResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import send_email_campaign_to_filtered_clients as OPERATION

if TYPE_CHECKING:
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: EmailClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fullname"] = fullname

    params["phone"] = phone

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    require_body(OPERATION.name, body, EmailClientsByFilterRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/email/clients/by_filter/{location_id}".format(
            location_id=path_segment("send_email_campaign_to_filtered_clients", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    body: EmailClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[SmsClientsByIdResponseDataTypes]:
    """Send email campaigns for clients matching the filters

    ``POST /v1/email/clients/by_filter/{location_id}``

    The object for creating an Email campaign has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | Text Email Message |
    | subject | string | Email Subject |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, email distribution will go to the entire database!

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        body (EmailClientsByFilterRequestDataTypes): Send email campaigns for clients matching the
            filters Example: {'subject': 'Important!', 'text': 'Dear clients, we congratulate you on
            being our clients! You are very lucky!'}.

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
            fullname=fullname,
            phone=phone,
            email=email,
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
    body: EmailClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> SmsClientsByIdResponseDataTypes:
    """send_email_campaign_to_filtered_clients: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: EmailClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> str:
    """send_email_campaign_to_filtered_clients: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
            fullname=fullname,
            phone=phone,
            email=email,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
