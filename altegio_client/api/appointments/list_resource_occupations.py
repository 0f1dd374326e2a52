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
from ...models.list_resource_occupations_response_200 import (
    ListResourceOccupationsResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_resource_occupations as OPERATION

if TYPE_CHECKING:
    from ...models.resource_occupation_resource import ResourceOccupationResource

    pass


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
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListResourceOccupationsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListResourceOccupationsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListResourceOccupationsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListResourceOccupationsResponse200:
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
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> Response[ListResourceOccupationsResponse200]:
    """List Resource Occupations

    ``GET /v2/locations/{location_id}/resource_occupations``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListResourceOccupationsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_id=filterservice_id,
            filterservice_ids=filterservice_ids,
            filterdate_intersect_from_strict=filterdate_intersect_from_strict,
            filterdate_intersect_to_strict=filterdate_intersect_to_strict,
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
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> ListResourceOccupationsResponse200:
    """list_resource_occupations: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_id=filterservice_id,
            filterservice_ids=filterservice_ids,
            filterdate_intersect_from_strict=filterdate_intersect_from_strict,
            filterdate_intersect_to_strict=filterdate_intersect_to_strict,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    filterservice_id: int | Unset = UNSET,
    filterservice_ids: list[int] | Unset = UNSET,
    filterdate_intersect_from_strict: str,
    filterdate_intersect_to_strict: str,
) -> list[ResourceOccupationResource]:
    """list_resource_occupations: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterservice_id=filterservice_id,
            filterservice_ids=filterservice_ids,
            filterdate_intersect_from_strict=filterdate_intersect_from_strict,
            filterdate_intersect_to_strict=filterdate_intersect_to_strict,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
