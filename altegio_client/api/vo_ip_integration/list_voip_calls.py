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
from ...models.list_voip_calls_body import ListVoipCallsBody
from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
from ...types import UNSET, Response, Unset
from .._operations import list_voip_calls as OPERATION

if TYPE_CHECKING:
    from ...models.list_voip_calls_response_200_data_item import (
        ListVoipCallsResponse200DataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voip/integration/calls",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ListVoipCallsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListVoipCallsResponse200:
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
    body: ListVoipCallsBody | Unset = UNSET,
) -> Response[ListVoipCallsResponse200]:
    """Get Location's Call List

    ``GET <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f7a19bee250>``

    This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        body (ListVoipCallsBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListVoipCallsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
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
    *,
    client: OperationClient,
    body: ListVoipCallsBody | Unset = UNSET,
) -> ListVoipCallsResponse200:
    """list_voip_calls: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    body: ListVoipCallsBody | Unset = UNSET,
) -> list[ListVoipCallsResponse200DataItem]:
    """list_voip_calls: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
