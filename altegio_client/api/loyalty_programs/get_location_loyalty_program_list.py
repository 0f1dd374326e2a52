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
from ...models.company_loyalty_programs_search_data_types import (
    CompanyLoyaltyProgramsSearchDataTypes,
)
from ...models.get_location_loyalty_program_list_type import (
    GetLocationLoyaltyProgramListType,
)
from ...types import UNSET, Response, Unset
from .._operations import get_location_loyalty_program_list as OPERATION

if TYPE_CHECKING:
    from ...models.company_loyalty_programs_search_data_types_data_item import (
        CompanyLoyaltyProgramsSearchDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    json_type: str | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = type

    params["type"] = json_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/loyalty/programs/search".format(
            location_id=path_segment("get_location_loyalty_program_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyLoyaltyProgramsSearchDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyLoyaltyProgramsSearchDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyLoyaltyProgramsSearchDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyLoyaltyProgramsSearchDataTypes:
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
    include: str | Unset = UNSET,
    type: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> Response[CompanyLoyaltyProgramsSearchDataTypes]:
    """Get a List of Promotions Active in the Location

    ``GET /v1/company/{location_id}/loyalty/programs/search``

    The method allows you to get a list of promotions that are active for the specified location.

    Args:
        location_id (int):
        include (str | Unset):
        type (GetLocationLoyaltyProgramListType | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyLoyaltyProgramsSearchDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            include=include,
            type=type,
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
    include: str | Unset = UNSET,
    type: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> CompanyLoyaltyProgramsSearchDataTypes:
    """get_location_loyalty_program_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            include=include,
            type=type,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    include: str | Unset = UNSET,
    type: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> list[CompanyLoyaltyProgramsSearchDataTypesDataItem]:
    """get_location_loyalty_program_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            include=include,
            type=type,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
