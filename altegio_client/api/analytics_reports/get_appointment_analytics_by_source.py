from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.analytics_report_overall_chart_scalar_item import (
    AnalyticsReportOverallChartScalarItem,
)
from ...types import UNSET, Response, Unset
from .._operations import get_appointment_analytics_by_source as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["team_member_id"] = team_member_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/analytics/overall/charts/record_source".format(
            location_id=path_segment("get_appointment_analytics_by_source", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> list[AnalyticsReportOverallChartScalarItem]:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = AnalyticsReportOverallChartScalarItem._lazy_list(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = AnalyticsReportOverallChartScalarItem._lazy_list(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> list[AnalyticsReportOverallChartScalarItem]:
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
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[list[AnalyticsReportOverallChartScalarItem]]:
    """Get the Structure of Appointments by Source

    ``GET /v1/company/{location_id}/analytics/overall/charts/record_source``

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[list[AnalyticsReportOverallChartScalarItem]]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
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
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> list[AnalyticsReportOverallChartScalarItem]:
    """get_appointment_analytics_by_source: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
        ),
    )
    return _parsed(client, response)
