from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import require_body
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.delivery_status_request_data_types_item import (
    DeliveryStatusRequestDataTypesItem,
)
from ...types import Response


def _get_kwargs(
    *,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body("get_message_status_list", body, list)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/delivery/status",
        "extensions": {"altegio_operation": "get_message_status_list"},
    }

    _kwargs["json"] = []
    for componentsschemasdelivery_status_request_data_types_item_data in body:
        componentsschemasdelivery_status_request_data_types_item = (
            componentsschemasdelivery_status_request_data_types_item_data.to_dict()
        )
        _kwargs["json"].append(componentsschemasdelivery_status_request_data_types_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    parse_ctx = ParseContext(response, "get_message_status_list")
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_message_status_list", exc) from exc
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
    body: list[DeliveryStatusRequestDataTypesItem],
) -> Response[Any]:
    """Getting Message Statuses

     ### Get message statuses
    | Number | Title |
    | ------------- | ------------- |
    | 1 | Delivered |
    | 2 | Not delivered |
    | 4 | Sent to phone |
    | 8 | Transferred to the operator |
    | 16 | Rejected by operator |
    | 52 | Not enough funds |

    In the event of an error, the corresponding HTTP status code is returned. In some cases, a
    descriptive error message is also included in the response.
    The following error codes may be returned by all API methods:

    | error code | Http status code | Title | Description |
    | ------------- | ------------- | ------------- | ------------- |
    | 5 | 400 | ENTITY_VALIDATION_ERROR | The request body did not pass validation |
    | 10 | 400 | FIELD_VALIDATION_ERROR | Parameter not validated |
    | 15 | 403 | ACCESS_FORBIDDEN | The action is not available, the application does not have the
    required permissions. |
    | 20 | 401 | INVALID_PARTNER_TOKEN | partner_token missing or invalid |
    | 30 | 404 | RESOURCE_NOT_FOUND | The resource at the requested path does not exist |

    When sending SMS, the delivery_callback_url attribute is passed in the request - this is the url to
    which message statuses should be sent.

    Use it to send message statuses. Url to which message statuses should be sent -
    https://app.alteg.io/smsprovider/status/callback/{partner_token}

    Args:
        body (list[DeliveryStatusRequestDataTypesItem]): Getting message statuses Example: [{'id':
            '232674', 'status': 1, 'payment_sum': 0.045, 'currency_iso': 'EUR', 'parts_amount': 2}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
