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
from ...models.list_service_categories_response_200 import (
    ListServiceCategoriesResponse200,
)
from ...types import UNSET, Response, Unset
from .._operations import list_service_categories as OPERATION

if TYPE_CHECKING:
    from ...models.service_category_resource import ServiceCategoryResource

    pass


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
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ListServiceCategoriesResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ListServiceCategoriesResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ListServiceCategoriesResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ListServiceCategoriesResponse200:
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
    filterstaff_id: int | Unset = UNSET,
) -> Response[ListServiceCategoriesResponse200]:
    """List Service Categories

    ``GET /v2/locations/{location_id}/service_categories``

    Retrieve Service Categories for a Location as JSON:API resource objects.

    Use `filter[staff_id]` to return categories containing Services assigned to
    a specific Team Member.

    Args:
        location_id (int):
        filterstaff_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ListServiceCategoriesResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterstaff_id=filterstaff_id,
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
    filterstaff_id: int | Unset = UNSET,
) -> ListServiceCategoriesResponse200:
    """list_service_categories: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterstaff_id=filterstaff_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    filterstaff_id: int | Unset = UNSET,
) -> list[ServiceCategoryResource]:
    """list_service_categories: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            filterstaff_id=filterstaff_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
