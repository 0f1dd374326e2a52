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
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...models.search_client_visits_response_200 import SearchClientVisitsResponse200
from ...types import UNSET, Response, Unset
from .._operations import search_client_visits as OPERATION

if TYPE_CHECKING:
    from ...models.client_visits_history import ClientVisitsHistory
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/visits/search".format(
            location_id=path_segment("search_client_visits", "location_id", location_id, int),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SearchClientVisitsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = SearchClientVisitsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = SearchClientVisitsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> SearchClientVisitsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: OperationClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> Response[SearchClientVisitsResponse200]:
    """Search by customer history

    ``POST /v1/company/{location_id}/clients/visits/search``

    Displays the client’s visit history.This method returns the client’s appointment and product
    purchase history, grouped by visit. Data is filtered based on visit status and paid status.
    The client is identified using either the client_id or client_phone parameter. All other parameters
    are optional.
    Results are sorted by visit date and paginated in batches of 25 items. If multiple visits share the
    same date as the last item on the page, they will be included on the current page to ensure complete
    grouping.
    To retrieve the next page, use the from and to values provided in the meta field of the current
    response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[SearchClientVisitsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
    location_id: int,
    *,
    client: OperationClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> SearchClientVisitsResponse200:
    """search_client_visits: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> ClientVisitsHistory:
    """search_client_visits: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
