from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response_403 import ForbiddenResponse403
from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
from ...models.list_voip_calls_statuses_item import (
    ListVoipCallsStatusesItem,
)
from ...models.list_voip_calls_types_item import (
    ListVoipCallsTypesItem,
)
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["salon_id"] = salon_id

    params["date_from"] = date_from

    params["date_to"] = date_to

    params["phone"] = phone

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item: str = types_item_data
            json_types.append(types_item)

    params["types[]"] = json_types

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voip/integration/calls",
        "extensions": {"altegio_operation": "list_voip_calls"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "list_voip_calls")
    if response.status_code == 200:
        response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse403._lazy(response_json(response), parse_ctx)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_voip_calls", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401]:
    """Get Location's Call List

     This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        salon_id (int): Location ID.
        date_from (str): Start date.
        date_to (str): End date.
        phone (str | Unset): Phone number.
        types (list[ListVoipCallsTypesItem] | Unset): Call types list
        statuses (list[ListVoipCallsStatusesItem] | Unset): Call statuses list
        page (int | Unset): Page number
        limit (int | Unset): Amount of elements on page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        salon_id=salon_id,
        date_from=date_from,
        date_to=date_to,
        phone=phone,
        types=types,
        statuses=statuses,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    salon_id: int,
    date_from: str,
    date_to: str,
    phone: str | Unset = UNSET,
    types: list[ListVoipCallsTypesItem] | Unset = UNSET,
    statuses: list[ListVoipCallsStatusesItem] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401 | None:
    """Get Location's Call List

     This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        salon_id (int): Location ID.
        date_from (str): Start date.
        date_to (str): End date.
        phone (str | Unset): Phone number.
        types (list[ListVoipCallsTypesItem] | Unset): Call types list
        statuses (list[ListVoipCallsStatusesItem] | Unset): Call statuses list
        page (int | Unset): Page number
        limit (int | Unset): Amount of elements on page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse403 | ListVoipCallsResponse200 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            salon_id=salon_id,
            date_from=date_from,
            date_to=date_to,
            phone=phone,
            types=types,
            statuses=statuses,
            page=page,
            limit=limit,
        )
    ).parsed
