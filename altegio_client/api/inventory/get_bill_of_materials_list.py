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
from ...models.technological_cards_response_200_data_types import (
    TechnologicalCardsResponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_bill_of_materials_list as OPERATION

if TYPE_CHECKING:
    from ...models.technological_cards_response_200_data_types_data_type_1 import (
        TechnologicalCardsResponse200DataTypesDataType1,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/technological_cards/{location_id}".format(
            location_id=path_segment("get_bill_of_materials_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> TechnologicalCardsResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TechnologicalCardsResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TechnologicalCardsResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TechnologicalCardsResponse200DataTypes:
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
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[TechnologicalCardsResponse200DataTypes]:
    """Retrieve a list of bill of materials and consumables

    ``GET /v1/technological_cards/{location_id}``

    Args:
        location_id (int):
        search (str | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TechnologicalCardsResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            search=search,
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
    location_id: int,
    *,
    client: OperationClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> TechnologicalCardsResponse200DataTypes:
    """get_bill_of_materials_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            search=search,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> list[TechnologicalCardsResponse200DataTypesDataType1] | TechnologicalCardsResponse200DataTypesDataType1:
    """get_bill_of_materials_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            search=search,
            page=page,
            count=count,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
