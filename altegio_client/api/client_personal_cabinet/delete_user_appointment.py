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
from ...types import Response
from .._operations import delete_user_appointment as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    record_id: int,
    record_hash: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/user/records/{record_id}/{record_hash}".format(
            record_id=path_segment("delete_user_appointment", "record_id", record_id, int),
            record_hash=path_segment("delete_user_appointment", "record_hash", record_hash, str),
        ),
    }

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
    record_id: int,
    record_hash: str,
    *,
    client: OperationClient,
) -> Response[Any]:
    """Delete User Appointment

    ``DELETE /v1/user/records/{record_id}/{record_hash}``

    Args:
        record_id (int):
        record_hash (str):

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
            record_id,
            record_hash,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    record_id: int,
    record_hash: str,
    *,
    client: OperationClient,
) -> Any:
    """delete_user_appointment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_id,
            record_hash,
        ),
    )
    return _parsed(client, response)
