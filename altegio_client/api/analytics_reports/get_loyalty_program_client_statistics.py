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
from ...models.company_analytics_loyalty_programs_visits_data_types import (
    CompanyAnalyticsLoyaltyProgramsVisitsDataTypes,
)
from ...types import UNSET, Response
from .._operations import get_loyalty_program_client_statistics as OPERATION

if TYPE_CHECKING:
    from ...models.company_analytics_loyalty_programs_visits_data_types_data import (
        CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData,
    )
    from ...types import UNSET

    pass


def _get_kwargs(
    location_id: int,
    *,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date_to"] = date_to

    params["date_from"] = date_from

    params["loyalty_program_id"] = loyalty_program_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/analytics/loyalty_programs/visits".format(
            location_id=path_segment("get_loyalty_program_client_statistics", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyAnalyticsLoyaltyProgramsVisitsDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyAnalyticsLoyaltyProgramsVisitsDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypes:
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
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> Response[CompanyAnalyticsLoyaltyProgramsVisitsDataTypes]:
    """Get customer statistics

    ``GET /v1/company/{location_id}/analytics/loyalty_programs/visits``

    The method allows you to get statistics on returning, new and lost customers

    Args:
        location_id (int):
        date_to (str):
        date_from (str):
        loyalty_program_id (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyAnalyticsLoyaltyProgramsVisitsDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
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
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypes:
    """get_loyalty_program_client_statistics: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    date_to: str,
    date_from: str,
    loyalty_program_id: str,
) -> CompanyAnalyticsLoyaltyProgramsVisitsDataTypesData:
    """get_loyalty_program_client_statistics: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date_to=date_to,
            date_from=date_from,
            loyalty_program_id=loyalty_program_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
