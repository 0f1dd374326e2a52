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
from ...models.technological_cards_consumables_response_200_delete_data_types import (
    TechnologicalCardsConsumablesResponse200DeleteDataTypes,
)
from ...models.unlink_appointment_service_association_body import (
    UnlinkAppointmentServiceAssociationBody,
)
from ...types import UNSET, Response, Unset
from .._operations import unlink_appointment_service_association as OPERATION

if TYPE_CHECKING:
    from ...models.technological_cards_consumables_response_200_delete_data_types_data_item import (
        TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["delete_consumables"] = delete_consumables

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}".format(
            location_id=path_segment("unlink_appointment_service_association", "location_id", location_id, int),
            record_id=path_segment("unlink_appointment_service_association", "record_id", record_id, int),
            service_id=path_segment("unlink_appointment_service_association", "service_id", service_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TechnologicalCardsConsumablesResponse200DeleteDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TechnologicalCardsConsumablesResponse200DeleteDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TechnologicalCardsConsumablesResponse200DeleteDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(
    client: OperationClient, response: httpx.Response
) -> TechnologicalCardsConsumablesResponse200DeleteDataTypes:
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
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> Response[TechnologicalCardsConsumablesResponse200DeleteDataTypes]:
    """Unlink Appointment-Service Association

    ``DELETE /v1/technological_cards/record_consumables/technological_cards/{location_id}/{record_id}/{service_id}``

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (float | Unset):
        body (UnlinkAppointmentServiceAssociationBody | Unset):  Example: [].

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TechnologicalCardsConsumablesResponse200DeleteDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            service_id,
            body=body,
            delete_consumables=delete_consumables,
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
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> TechnologicalCardsConsumablesResponse200DeleteDataTypes:
    """unlink_appointment_service_association: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: OperationClient,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> list[TechnologicalCardsConsumablesResponse200DeleteDataTypesDataItem]:
    """unlink_appointment_service_association: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            record_id,
            service_id,
            body=body,
            delete_consumables=delete_consumables,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
