from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.group_groupid_clients_response_data_types import (
    GroupGroupidClientsResponseDataTypes,
)
from ...models.group_groupid_clients_response_data_types_400 import (
    GroupGroupidClientsResponseDataTypes400,
)
from ...types import UNSET, Response


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
        "extensions": {"altegio_operation": "get_chain_client_by_phone_number"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400 | None:
    parse_ctx = ParseContext(response, "get_chain_client_by_phone_number")
    if response.status_code == 200:
        response_200 = GroupGroupidClientsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 404:
        response_404 = GroupGroupidClientsResponseDataTypes400._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_chain_client_by_phone_number", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    phone: str,
) -> Response[GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400]:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400]
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain_id: int,
    *,
    client: AuthenticatedClient,
    phone: str,
) -> GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400 | None:
    """Get a chain client by phone number.

     + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    Args:
        chain_id (int):
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupGroupidClientsResponseDataTypes | GroupGroupidClientsResponseDataTypes400
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            phone=phone,
        )
    ).parsed
