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
from ...models.accounts_response_data_types import AccountsResponseDataTypes
from ...types import Response
from .._operations import get_account_list as OPERATION

if TYPE_CHECKING:
    from ...models.accounts_response_data_types_data_item import (
        AccountsResponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts/{location_id}".format(
            location_id=path_segment("get_account_list", "location_id", location_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AccountsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = AccountsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = AccountsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> AccountsResponseDataTypes:
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
) -> Response[AccountsResponseDataTypes]:
    """Get location accounts

    ``GET /v1/accounts/{location_id}``

    The location account object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location account ID |
    | title | string | Title |
    | type | number | 1 - for non-cash payments, 0 for cash |
    | comment | string | Description to the location account |

    Args:
        location_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[AccountsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
) -> AccountsResponseDataTypes:
    """get_account_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
) -> list[AccountsResponseDataTypesDataItem]:
    """get_account_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
