from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_service_categories_response_200 import (
    ListServiceCategoriesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filterstaff_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[staff_id]"] = filterstaff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/service_categories".format(
            location_id=path_segment("list_service_categories", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_service_categories"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListServiceCategoriesResponse200 | None:
    parse_ctx = ParseContext(response, "list_service_categories")
    if response.status_code == 200:
        response_200 = ListServiceCategoriesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListServiceCategoriesResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_service_categories", exc) from exc
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
    filterstaff_id: int | Unset = UNSET,
) -> Response[ErrorResponse | ListServiceCategoriesResponse200]:
    """List Service Categories

     Retrieve Service Categories for a Location as JSON:API resource objects.

    Use `filter[staff_id]` to return categories containing Services assigned to
    a specific Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListServiceCategoriesResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterstaff_id=filterstaff_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterstaff_id: int | Unset = UNSET,
) -> ErrorResponse | ListServiceCategoriesResponse200 | None:
    """List Service Categories

     Retrieve Service Categories for a Location as JSON:API resource objects.

    Use `filter[staff_id]` to return categories containing Services assigned to
    a specific Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListServiceCategoriesResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterstaff_id=filterstaff_id,
        )
    ).parsed
