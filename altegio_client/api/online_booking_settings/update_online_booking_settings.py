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
from ...models.company_get_online_settings_response_data_types import (
    CompanyGetOnlineSettingsResponseDataTypes,
)
from ...models.company_update_online_settings_data_types import (
    CompanyUpdateOnlineSettingsDataTypes,
)
from ...types import Response
from .._operations import update_online_booking_settings as OPERATION

if TYPE_CHECKING:
    from ...models.company_get_online_settings_response_data_field_data_types import (
        CompanyGetOnlineSettingsResponseDataFieldDataTypes,
    )

    pass


def _get_kwargs(
    location_id: int,
    *,
    body: CompanyUpdateOnlineSettingsDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CompanyUpdateOnlineSettingsDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/company/{location_id}/settings/online".format(
            location_id=path_segment("update_online_booking_settings", "location_id", location_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyGetOnlineSettingsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyGetOnlineSettingsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyGetOnlineSettingsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyGetOnlineSettingsResponseDataTypes:
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
    body: CompanyUpdateOnlineSettingsDataTypes,
) -> Response[CompanyGetOnlineSettingsResponseDataTypes]:
    """Update Online Booking Settings

    ``PATCH /v1/company/{location_id}/settings/online``

    Args:
        location_id (int):
        body (CompanyUpdateOnlineSettingsDataTypes):  Example: {'confirm_number': False,
            'any_master': True, 'seance_delay_step': 90, 'activity_online_record_clients_count_max':
            1}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyGetOnlineSettingsResponseDataTypes]: status, headers and the parsed body (low-level).
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
    body: CompanyUpdateOnlineSettingsDataTypes,
) -> CompanyGetOnlineSettingsResponseDataTypes:
    """update_online_booking_settings: the parsed body (see ``asyncio_detailed``)."""
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
    body: CompanyUpdateOnlineSettingsDataTypes,
) -> CompanyGetOnlineSettingsResponseDataFieldDataTypes:
    """update_online_booking_settings: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
