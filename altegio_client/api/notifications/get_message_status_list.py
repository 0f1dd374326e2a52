from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    require_body,
)
from ...models.delivery_status_request_data_types_item import (
    DeliveryStatusRequestDataTypesItem,
)
from ...types import Response
from .._operations import get_message_status_list as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    body: list[DeliveryStatusRequestDataTypesItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, list)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/delivery/status",
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


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = cast(Any, None)
    return response_200


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
    body: list[DeliveryStatusRequestDataTypesItem],
) -> Response[Any]:
    """Getting Message Statuses

    ``POST /v1/delivery/status``

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
    body: list[DeliveryStatusRequestDataTypesItem],
) -> Any:
    """get_message_status_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)
