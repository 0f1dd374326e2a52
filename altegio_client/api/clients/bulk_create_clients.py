from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
)
from ...models.bulk_create_clients_body import BulkCreateClientsBody
from ...types import UNSET, Response, Unset
from .._operations import bulk_create_clients as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    body: BulkCreateClientsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{location_id}/bulk".format(
            location_id=path_segment("bulk_create_clients", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

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
    location_id: int,
    *,
    client: OperationClient,
    body: BulkCreateClientsBody | Unset = UNSET,
) -> Response[Any]:
    """Bulk adding clients

    ``POST /v1/clients/{location_id}/bulk``

    Args:
        location_id (int):
        body (BulkCreateClientsBody | Unset):  Example: [{'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550181, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'categories': [101, 102]}, {'name': 'James', 'surname': 'Smith', 'middle_name':
            'James', 'phone': 13155550181}, {'phone': 13155550182}, {'name': 'James', 'surname':
            'Smith', 'middle_name': 'James', 'phone': 13155550183}, {'name': 'Theodore', 'surname':
            'Hicks', 'middle_name': 'Richardson'}].

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
    body: BulkCreateClientsBody | Unset = UNSET,
) -> Any:
    """bulk_create_clients: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)
