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
from ...models.z_report_response_data_types import ZReportResponseDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_day_end_report_data as OPERATION

if TYPE_CHECKING:
    from ...models.z_report_response_data_types_data import ZReportResponseDataTypesData
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    status: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["master_id"] = master_id

    params["end_date"] = end_date

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/z_report/{location_id}".format(
            location_id=path_segment("get_day_end_report_data", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ZReportResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ZReportResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ZReportResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ZReportResponseDataTypes:
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
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    status: int | Unset = UNSET,
) -> Response[ZReportResponseDataTypes]:
    """Get day-end report data

    ``GET /v1/reports/z_report/{location_id}``

    + start_date: Report date

    + team_member_id: team member ID

    Args:
        location_id (int):
        start_date (str | Unset):
        master_id (int | Unset):
        end_date (str | Unset):
        status (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ZReportResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            master_id=master_id,
            end_date=end_date,
            status=status,
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
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    status: int | Unset = UNSET,
) -> ZReportResponseDataTypes:
    """get_day_end_report_data: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            master_id=master_id,
            end_date=end_date,
            status=status,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    start_date: str | Unset = UNSET,
    master_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    status: int | Unset = UNSET,
) -> ZReportResponseDataTypesData:
    """get_day_end_report_data: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            master_id=master_id,
            end_date=end_date,
            status=status,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
