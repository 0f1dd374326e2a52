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
    require_body,
    response_json,
)
from ...models.create_position_body import CreatePositionBody
from ...models.get_position_response_200 import GetPositionResponse200
from ...types import Response
from .._operations import create_position as OPERATION

if TYPE_CHECKING:
    from ...models.team_member_position_resource import TeamMemberPositionResource

    pass


def _get_kwargs(
    company_id: int,
    *,
    body: CreatePositionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CreatePositionBody)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/locations/{company_id}/positions".format(
            company_id=path_segment("create_position", "company_id", company_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GetPositionResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = GetPositionResponse200._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = GetPositionResponse200._lazy(response_json(response), parse_ctx)

    return response_201


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
    *,
    client: OperationClient,
    body: CreatePositionBody,
) -> Response[GetPositionResponse200]:
    """Create Position

    ``POST /v2/locations/{company_id}/positions``

    Create a Position for Team Members at the specified Location.

    Args:
        company_id (int):
        body (CreatePositionBody):

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
    company_id: int,
    *,
    client: OperationClient,
    body: CreatePositionBody,
) -> GetPositionResponse200:
    """create_position: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    company_id: int,
    *,
    client: OperationClient,
    body: CreatePositionBody,
) -> TeamMemberPositionResource:
    """create_position: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
