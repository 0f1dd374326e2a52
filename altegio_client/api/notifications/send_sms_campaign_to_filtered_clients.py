from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.sms_clients_by_filter_request_data_types import (
    SmsClientsByFilterRequestDataTypes,
)
from ...models.sms_clients_by_id_response_data_types import (
    SmsClientsByIdResponseDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: SmsClientsByFilterRequestDataTypes,
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sms/clients/by_filter/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "send_sms_campaign_to_filtered_clients"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "send_sms_campaign_to_filtered_clients")
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
        raise ResponseSchemaError(response, "send_sms_campaign_to_filtered_clients", exc) from exc
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
    body: SmsClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> Response[NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401]:
    """Send SMS campaigns to customers matching the filters

     The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | SMS text message |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, SMS mailing will go to the entire database!

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        body (SmsClientsByFilterRequestDataTypes): Send SMS campaigns to customers matching the
            filters Example: {'text': 'Dear clients, we congratulate you on being our clients! You are
            very lucky!'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
        fullname=fullname,
        phone=phone,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SmsClientsByFilterRequestDataTypes,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> NotFoundResponse404 | SmsClientsByIdResponseDataTypes | UnauthorizedResponse401 | None:
    """Send SMS campaigns to customers matching the filters

     The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | text | string | SMS text message |

    #### Client filtering
    + fullname:'Joh' (optional, string) - Name (part of name) to filter clients
    + phone:'1315' (optional, string) - Phone (part of the number) to filter clients
    + email:'test@' (optional, string) - Email (part) for client filtering
    + card:'5663rt' (optional, string) - Card (part) to filter customers by loyalty card number

    Attention: If there are no filters, SMS mailing will go to the entire database!

    Args:
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        body (SmsClientsByFilterRequestDataTypes): Send SMS campaigns to customers matching the
            filters Example: {'text': 'Dear clients, we congratulate you on being our clients! You are
            very lucky!'}.

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
            fullname=fullname,
            phone=phone,
            email=email,
        )
    ).parsed
