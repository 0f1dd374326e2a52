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
from ...models.list_positions_response_200 import ListPositionsResponse200
from ...types import Response
from .._operations import list_positions as OPERATION

if TYPE_CHECKING:
    from ...models.team_member_position_resource import TeamMemberPositionResource

    pass


def _get_kwargs(
    company_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/positions".format(
            company_id=path_segment("list_positions", "company_id", company_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListPositionsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListPositionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListPositionsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListPositionsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    company_id: int,
    *,
    client: OperationClient,
) -> Response[ListPositionsResponse200]:
    """List Positions

    ``GET /v2/locations/{company_id}/positions``

    Retrieve all Positions available to Team Members at a Location.

    The response is a JSON:API collection and does not contain pagination
    metadata. The literal `company_id` wire path parameter identifies a
    Location.

    Args:
        company_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListPositionsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
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
    *,
    client: OperationClient,
) -> ListPositionsResponse200:
    """list_positions: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    company_id: int,
    *,
    client: OperationClient,
) -> list[TeamMemberPositionResource]:
    """list_positions: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
