import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.analytics_report_overall_chart_scalar_item import (
    AnalyticsReportOverallChartScalarItem,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_appointment_analytics_by_source"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem] | None:
    parse_ctx = ParseContext(response, "get_appointment_analytics_by_source")
    if response.status_code == 200:
        response_200 = AnalyticsReportOverallChartScalarItem._lazy_list(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem]]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_appointment_analytics_by_source", exc) from exc
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
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem]]:
    """Get the Structure of Appointments by Source

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem]]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        date_from=date_from,
        date_to=date_to,
        team_member_id=team_member_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    team_member_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem] | None:
    """Get the Structure of Appointments by Source

    Args:
        location_id (int):
        date_from (datetime.date):
        date_to (datetime.date):
        team_member_id (int | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | UnauthorizedResponse401 | list[AnalyticsReportOverallChartScalarItem]
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            team_member_id=team_member_id,
            user_id=user_id,
        )
    ).parsed
