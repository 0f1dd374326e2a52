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
    response_json,
)
from ...models.create_client_account_topup_operation_body import (
    CreateClientAccountTopupOperationBody,
)
from ...models.deposit_operation_response_data_types import (
    DepositOperationResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import create_client_account_topup_operation as OPERATION

if TYPE_CHECKING:
    from ...models.deposit_operation_response_data_types_data import (
        DepositOperationResponseDataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/deposits_operations/{location_id}".format(
            location_id=path_segment("create_client_account_topup_operation", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DepositOperationResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = DepositOperationResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = DepositOperationResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> DepositOperationResponseDataTypes:
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> Response[DepositOperationResponseDataTypes]:
    """Create a client account topup operation

    ``POST /v1/deposits_operations/{location_id}``

    Creating a transaction with a client account involves creating a document, a transaction with a
    client account, and a financial transaction within a single API request.

    Args:
        location_id (int):
        body (CreateClientAccountTopupOperationBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[DepositOperationResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> DepositOperationResponseDataTypes:
    """create_client_account_topup_operation: the parsed body (see ``asyncio_detailed``)."""
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
    body: CreateClientAccountTopupOperationBody | Unset = UNSET,
) -> DepositOperationResponseDataTypesData:
    """create_client_account_topup_operation: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
