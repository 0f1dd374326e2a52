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
from ...models.company_staff_position_list_data_type import (
    CompanyStaffPositionListDataType,
)
from ...types import Response
from .._operations import get_position_list as OPERATION

if TYPE_CHECKING:
    from ...models.staff_position_type_0 import StaffPositionType0

    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/staff/positions".format(
            location_id=path_segment("get_position_list", "location_id", location_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyStaffPositionListDataType:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyStaffPositionListDataType._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyStaffPositionListDataType._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyStaffPositionListDataType:
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
) -> Response[CompanyStaffPositionListDataType]:
    """Deprecated. Get a list of location positions

    ``GET /v1/company/{location_id}/staff/positions``

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    Args:
        location_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyStaffPositionListDataType]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
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
) -> CompanyStaffPositionListDataType:
    """get_position_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
) -> list[list[Any] | None | StaffPositionType0]:
    """get_position_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
