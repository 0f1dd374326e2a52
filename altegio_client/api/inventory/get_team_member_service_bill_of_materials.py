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
from ...types import Response
from .._operations import get_team_member_service_bill_of_materials as OPERATION

if TYPE_CHECKING:
    from ...models.technological_cards_response_200_data_types_data_type_1 import (
        TechnologicalCardsResponse200DataTypesDataType1,
    )

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}".format(
            location_id=path_segment("get_team_member_service_bill_of_materials", "location_id", location_id, int),
            team_member_id=path_segment(
                "get_team_member_service_bill_of_materials", "team_member_id", team_member_id, int
            ),
            service_id=path_segment("get_team_member_service_bill_of_materials", "service_id", service_id, int),
        ),
    }

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
    team_member_id: int,
    service_id: int,
    *,
    client: OperationClient,
) -> Response[TechnologicalCardsResponse200DataTypes]:
    """Get the Bill of Materials for a Team Member’s Service

    ``GET /v1/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}``

    Args:
        location_id (int):
        team_member_id (int):
        service_id (int):

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
            team_member_id,
            service_id,
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
    team_member_id: int,
    service_id: int,
    *,
    client: OperationClient,
) -> TechnologicalCardsResponse200DataTypes:
    """get_team_member_service_bill_of_materials: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            service_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    service_id: int,
    *,
    client: OperationClient,
) -> list[TechnologicalCardsResponse200DataTypesDataType1] | TechnologicalCardsResponse200DataTypesDataType1:
    """get_team_member_service_bill_of_materials: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            service_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
