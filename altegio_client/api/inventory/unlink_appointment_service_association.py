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
from ...models.technological_cards_consumables_response_200_delete_data_types import (
    TechnologicalCardsConsumablesResponse200DeleteDataTypes,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unlink_appointment_service_association_body import (
    UnlinkAppointmentServiceAssociationBody,
)
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "extensions": {"altegio_operation": "unlink_appointment_service_association"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "unlink_appointment_service_association")
    if response.status_code == 200:
        response_200 = TechnologicalCardsConsumablesResponse200DeleteDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "unlink_appointment_service_association", exc) from exc
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
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401]:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (float | Unset):
        body (UnlinkAppointmentServiceAssociationBody | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        service_id=service_id,
        body=body,
        delete_consumables=delete_consumables,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    service_id: int,
    *,
    client: AuthenticatedClient,
    body: UnlinkAppointmentServiceAssociationBody | Unset = UNSET,
    delete_consumables: float | Unset = UNSET,
) -> NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401 | None:
    """Unlink Appointment-Service Association

    Args:
        location_id (int):
        record_id (int):
        service_id (int):
        delete_consumables (float | Unset):
        body (UnlinkAppointmentServiceAssociationBody | Unset):  Example: [].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TechnologicalCardsConsumablesResponse200DeleteDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            service_id=service_id,
            client=client,
            body=body,
            delete_consumables=delete_consumables,
        )
    ).parsed
