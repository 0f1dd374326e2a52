from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.services_list_response import ServicesListResponse
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["category_id"] = category_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/services/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_service_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServicesListResponse | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_service_list")
    if response.status_code == 200:
        response_200 = ServicesListResponse._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ServicesListResponse | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_service_list", exc) from exc
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
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> Response[ServicesListResponse | UnauthorizedResponse401]:
    """Get a list of services

     Returns a list of all services for the specified location

    Args:
        location_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServicesListResponse | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        category_id=category_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
) -> ServicesListResponse | UnauthorizedResponse401 | None:
    """Get a list of services

     Returns a list of all services for the specified location

    Args:
        location_id (int):
        staff_id (int | Unset):
        category_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServicesListResponse | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            category_id=category_id,
        )
    ).parsed
