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
    response_json,
)
from ...models.groups_response_data_types import GroupsResponseDataTypes
from ...types import Response
from .._operations import get_chain_list as OPERATION

if TYPE_CHECKING:
    from ...models.groups_response_data_types_data_item import (
        GroupsResponseDataTypesDataItem,
    )

    pass


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/groups",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GroupsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GroupsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GroupsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GroupsResponseDataTypes:
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
) -> Response[GroupsResponseDataTypes]:
    """Obtaining chains available to the user

    ``GET /v1/groups``

    The location chain object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location chain ID |
    | title | string | Location chain name |
    | locations | array | List of chain locations |
    | access | object | Object with access rights for chain management |

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GroupsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(OPERATION, _get_kwargs())
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
) -> GroupsResponseDataTypes:
    """get_chain_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(OPERATION, _get_kwargs())
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
) -> list[GroupsResponseDataTypesDataItem]:
    """get_chain_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(OPERATION, _get_kwargs())
    return data_of(_parsed(client, response).data, response, OPERATION)
