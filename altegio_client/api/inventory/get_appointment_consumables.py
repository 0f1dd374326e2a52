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
from ...models.technological_cards_consumables_response_200_data_types import (
    TechnologicalCardsConsumablesResponse200DataTypes,
)
from ...types import Response
from .._operations import get_appointment_consumables as OPERATION

if TYPE_CHECKING:
    from ...models.technological_cards_consumables_response_200_data_types_data_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/technological_cards/record_consumables/{location_id}/{record_id}".format(
            location_id=path_segment("get_appointment_consumables", "location_id", location_id, int),
            record_id=path_segment("get_appointment_consumables", "record_id", record_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TechnologicalCardsConsumablesResponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TechnologicalCardsConsumablesResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TechnologicalCardsConsumablesResponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TechnologicalCardsConsumablesResponse200DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
) -> Response[TechnologicalCardsConsumablesResponse200DataTypes]:
    """Retrieve a list of bill of materials and consumables

    ``GET /v1/technological_cards/record_consumables/{location_id}/{record_id}``

    Args:
        location_id (int):
        record_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TechnologicalCardsConsumablesResponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
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
    record_id: int,
    *,
    client: OperationClient,
) -> TechnologicalCardsConsumablesResponse200DataTypes:
    """get_appointment_consumables: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    *,
    client: OperationClient,
) -> list[TechnologicalCardsConsumablesResponse200DataTypesDataItem]:
    """get_appointment_consumables: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
