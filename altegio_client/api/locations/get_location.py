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
from ...models.company_get_response_data_types import CompanyGetResponseDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_location as OPERATION

if TYPE_CHECKING:
    from ...models.location import Location
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["my"] = my

    params["forBooking"] = for_booking

    params["show_groups"] = show_groups

    params["showBookforms"] = show_bookforms

    params["bookform_id"] = bookform_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}".format(
            location_id=path_segment("get_location", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyGetResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CompanyGetResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CompanyGetResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CompanyGetResponseDataTypes:
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
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> Response[CompanyGetResponseDataTypes]:
    """Get location

    ``GET /v1/company/{location_id}``

    Getting information about the location.

    Args:
        location_id (int):
        my (float | Unset):
        for_booking (float | Unset):
        show_groups (float | Unset):
        show_bookforms (float | Unset):
        bookform_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CompanyGetResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
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
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> CompanyGetResponseDataTypes:
    """get_location: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> Location:
    """get_location: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
