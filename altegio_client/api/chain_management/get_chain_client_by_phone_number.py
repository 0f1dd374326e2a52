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
from ...models.group_groupid_clients_response_data_types import (
    GroupGroupidClientsResponseDataTypes,
)
from ...types import UNSET, Response
from .._operations import get_chain_client_by_phone_number as OPERATION

if TYPE_CHECKING:
    from ...models.group_groupid_clients_response_data_types_data import (
        GroupGroupidClientsResponseDataTypesData,
    )
    from ...types import UNSET

    pass


def _get_kwargs(
    chain_id: int,
    *,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/group/{chain_id}/clients".format(
            chain_id=path_segment("get_chain_client_by_phone_number", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> GroupGroupidClientsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GroupGroupidClientsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GroupGroupidClientsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GroupGroupidClientsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: OperationClient,
    phone: str,
) -> Response[GroupGroupidClientsResponseDataTypes]:
    """Get a chain client by phone number.

    ``GET /v1/group/{chain_id}/clients``

    + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GroupGroupidClientsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            phone=phone,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    chain_id: int,
    *,
    client: OperationClient,
    phone: str,
) -> GroupGroupidClientsResponseDataTypes:
    """get_chain_client_by_phone_number: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            phone=phone,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    chain_id: int,
    *,
    client: OperationClient,
    phone: str,
) -> GroupGroupidClientsResponseDataTypesData:
    """get_chain_client_by_phone_number: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            phone=phone,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
