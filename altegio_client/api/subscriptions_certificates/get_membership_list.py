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
from ...types import UNSET, Response, Unset
from .._operations import get_membership_list as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    chain_id: int,
    *,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_after"] = created_after

    params["created_before"] = created_before

    json_abonements_ids: list[int] | Unset = UNSET
    if not isinstance(abonements_ids, Unset):
        json_abonements_ids = abonements_ids

    params["abonements_ids[]"] = json_abonements_ids

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/chain/{chain_id}/loyalty/abonements".format(
            chain_id=path_segment("get_membership_list", "chain_id", chain_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

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
    chain_id: int,
    *,
    client: OperationClient,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[Any]:
    """Get a List of Memberships by Filter

    ``GET /v1/chain/{chain_id}/loyalty/abonements``

    Args:
        chain_id (int):
        created_after (str | Unset):
        created_before (str | Unset):
        abonements_ids (list[int] | Unset):
        page (int | Unset):
        count (int | Unset):

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
            chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
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
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    abonements_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Any:
    """get_membership_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            chain_id,
            created_after=created_after,
            created_before=created_before,
            abonements_ids=abonements_ids,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)
