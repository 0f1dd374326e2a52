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
from ...models.company_company_id_users_response_data_types import (
    CompanyCompanyIdUsersResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_location_users as OPERATION

if TYPE_CHECKING:
    from ...models.company_company_id_users_response_data_types_data_item import (
        CompanyCompanyIdUsersResponseDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[is_approved]"] = filteris_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/users".format(
            location_id=path_segment("get_location_users", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyCompanyIdUsersResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyCompanyIdUsersResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyCompanyIdUsersResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyCompanyIdUsersResponseDataTypes:
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
    filteris_approved: float | Unset = UNSET,
) -> Response[CompanyCompanyIdUsersResponseDataTypes]:
    """Get location users

    ``GET /v1/company/{location_id}/users``

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    Args:
        location_id (int):
        filteris_approved (float | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyCompanyIdUsersResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filteris_approved=filteris_approved,
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
    filteris_approved: float | Unset = UNSET,
) -> CompanyCompanyIdUsersResponseDataTypes:
    """get_location_users: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filteris_approved=filteris_approved,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    filteris_approved: float | Unset = UNSET,
) -> list[CompanyCompanyIdUsersResponseDataTypesDataItem]:
    """get_location_users: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filteris_approved=filteris_approved,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
