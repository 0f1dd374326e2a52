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
from ...models.get_tag_response_200 import GetTagResponse200
from ...types import Response
from .._operations import get_tag as OPERATION

if TYPE_CHECKING:
    from ...models.get_tag_response_200_data import GetTagResponse200Data

    pass


def _get_kwargs(
    company_id: int,
    tag_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{company_id}/tags/{tag_id}".format(
            company_id=path_segment("get_tag", "company_id", company_id, int),
            tag_id=path_segment("get_tag", "tag_id", tag_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTagResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetTagResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetTagResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetTagResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    company_id: int,
    tag_id: int,
    *,
    client: OperationClient,
) -> Response[GetTagResponse200]:
    """Get Tag

    ``GET /v2/locations/{company_id}/tags/{tag_id}``

    Returns detailed information about a specific Tag.

    Response uses [JSON:API](https://jsonapi.org/) format where `type: "tag"` is the resource type name.

    Args:
        company_id (int):
        tag_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetTagResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            tag_id,
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
    tag_id: int,
    *,
    client: OperationClient,
) -> GetTagResponse200:
    """get_tag: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            tag_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    company_id: int,
    tag_id: int,
    *,
    client: OperationClient,
) -> GetTagResponse200Data:
    """get_tag: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id,
            tag_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
