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
from ...models.get_position_response_200 import GetPositionResponse200
from ...types import Response
from .._operations import get_position as OPERATION

if TYPE_CHECKING:
    from ...models.team_member_position_resource import TeamMemberPositionResource

    pass


def _get_kwargs(
    company_id: int,
    position_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/positions/{position_id}".format(
            company_id=path_segment("get_position", "company_id", company_id, int),
            position_id=path_segment("get_position", "position_id", position_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetPositionResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetPositionResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetPositionResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetPositionResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    company_id: int,
    position_id: int,
    *,
    client: OperationClient,
) -> Response[GetPositionResponse200]:
    """Get Position

    ``GET /v2/locations/{company_id}/positions/{position_id}``

    Retrieve a Position by ID as a JSON:API resource object.

    Args:
        company_id (int):
        position_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetPositionResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            position_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    company_id: int,
    position_id: int,
    *,
    client: OperationClient,
) -> GetPositionResponse200:
    """get_position: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            position_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    company_id: int,
    position_id: int,
    *,
    client: OperationClient,
) -> TeamMemberPositionResource:
    """get_position: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            position_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
