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
from ...models.visits_visitid_data_types import VisitsVisitidDataTypes
from ...types import Response
from .._operations import get_visit as OPERATION

if TYPE_CHECKING:
    from ...models.visits_visitid_data_types_data import VisitsVisitidDataTypesData

    pass


def _get_kwargs(
    visit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/visits/{visit_id}".format(
            visit_id=path_segment("get_visit", "visit_id", visit_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> VisitsVisitidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = VisitsVisitidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = VisitsVisitidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> VisitsVisitidDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: OperationClient,
) -> Response[VisitsVisitidDataTypes]:
    """Get a visit

    ``GET /v1/visits/{visit_id}``

    Args:
        visit_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[VisitsVisitidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    visit_id: int,
    *,
    client: OperationClient,
) -> VisitsVisitidDataTypes:
    """get_visit: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    visit_id: int,
    *,
    client: OperationClient,
) -> VisitsVisitidDataTypesData:
    """get_visit: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            visit_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
