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
from ...models.consumables import Consumables
from ...models.technological_cards_consumables_response_200_data_types import (
    TechnologicalCardsConsumablesResponse200DataTypes,
)
from ...types import Response
from .._operations import update_appointment_service_consumables as OPERATION

if TYPE_CHECKING:
    from ...models.technological_cards_consumables_response_200_data_types_data_item import (
        TechnologicalCardsConsumablesResponse200DataTypesDataItem,
    )

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: Consumables,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, Consumables)
    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}".format(
            location_id=path_segment("update_appointment_service_consumables", "location_id", location_id, int),
            record_id=path_segment("update_appointment_service_consumables", "record_id", record_id, int),
            service_id=path_segment("update_appointment_service_consumables", "service_id", service_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    service_id: int,
    *,
    client: OperationClient,
    body: Consumables,
) -> Response[TechnologicalCardsConsumablesResponse200DataTypes]:
    """Update Consumables for the Appointment-Service Association

    ``PUT /v1/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}``

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

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
            service_id,
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
    record_id: int,
    service_id: int,
    *,
    client: OperationClient,
    body: Consumables,
) -> TechnologicalCardsConsumablesResponse200DataTypes:
    """update_appointment_service_consumables: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            service_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: OperationClient,
    body: Consumables,
) -> list[TechnologicalCardsConsumablesResponse200DataTypesDataItem]:
    """update_appointment_service_consumables: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            service_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
