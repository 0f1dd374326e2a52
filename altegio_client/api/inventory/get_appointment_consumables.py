from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.technological_cards_consumables_response_200_data_types import (
    TechnologicalCardsConsumablesResponse200DataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    location_id: int,
    record_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/technological_cards/record_consumables/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_appointment_consumables"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_appointment_consumables")
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
        raise ResponseSchemaError(response, "get_appointment_consumables", exc) from exc
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
    *,
    client: AuthenticatedClient,
) -> Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401]:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DataTypes | UnauthorizedResponse401 | None:
    """Retrieve a list of bill of materials and consumables

    Args:
        location_id (int):
        record_id (int):

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
            client=client,
        )
    ).parsed
