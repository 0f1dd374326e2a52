from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.consumables import Consumables
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.technological_cards_consumables_response_200_data_types import (
    TechnologicalCardsConsumablesResponse200DataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    body: Consumables,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/technological_cards/record_consumables/consumables/{location_id}/{record_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_appointment_service_consumables"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "update_appointment_service_consumables")
    if response.status_code == 200:
        response_200 = TechnologicalCardsConsumablesResponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_appointment_service_consumables", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401]:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: Consumables,
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401 | None:
    """Update Consumables for the Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        body (Consumables):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
