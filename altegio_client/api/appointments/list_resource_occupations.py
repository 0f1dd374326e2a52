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
from ...models.list_resource_occupations_response_200 import (
    ListResourceOccupationsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[service_id]"] = filterservice_id

    json_filterservice_ids: list[int] | Unset = UNSET
    if not isinstance(filterservice_ids, Unset):
        json_filterservice_ids = filterservice_ids

    params["filter[service_ids][]"] = json_filterservice_ids

    params["filter[date_intersect_from_strict]"] = filterdate_intersect_from_strict

    params["filter[date_intersect_to_strict]"] = filterdate_intersect_to_strict

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/locations/{location_id}/resource_occupations".format(
            location_id=path_segment("list_resource_occupations", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "list_resource_occupations"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListResourceOccupationsResponse200 | None:
    parse_ctx = ParseContext(response, "list_resource_occupations")
    if response.status_code == 200:
        response_200 = ListResourceOccupationsResponse200._lazy(response_json(response), parse_ctx)

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

    if response.status_code == 422:
        response_422 = ErrorResponse._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListResourceOccupationsResponse200]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_resource_occupations", exc) from exc
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
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> Response[ErrorResponse | ListResourceOccupationsResponse200]:
    """List Resource Occupations

     Retrieve resource occupations that intersect a required time interval in a
    Location. Results can be narrowed to one or more Services.

    Each JSON:API resource identifies the occupied resource instance, its time
    interval, and the source Appointment or Event.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListResourceOccupationsResponse200]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filterservice_id=filterservice_id,
        filterservice_ids=filterservice_ids,
        filterdate_intersect_from_strict=filterdate_intersect_from_strict,
        filterdate_intersect_to_strict=filterdate_intersect_to_strict,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> ErrorResponse | ListResourceOccupationsResponse200 | None:
    """List Resource Occupations

     Retrieve resource occupations that intersect a required time interval in a
    Location. Results can be narrowed to one or more Services.

    Each JSON:API resource identifies the occupied resource instance, its time
    interval, and the source Appointment or Event.

    Args:
        location_id (int):
        filterservice_id (int | Unset):
        filterservice_ids (list[int] | Unset):
        filterdate_intersect_from_strict (str):
        filterdate_intersect_to_strict (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListResourceOccupationsResponse200
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filterservice_id=filterservice_id,
            filterservice_ids=filterservice_ids,
            filterdate_intersect_from_strict=filterdate_intersect_from_strict,
            filterdate_intersect_to_strict=filterdate_intersect_to_strict,
        )
    ).parsed
