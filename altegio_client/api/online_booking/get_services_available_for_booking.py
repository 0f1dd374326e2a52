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
from ...models.book_services_companyid_data_types import BookServicesCompanyidDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_services_available_for_booking as OPERATION

if TYPE_CHECKING:
    from ...models.book_services_companyid_data_types_data import (
        BookServicesCompanyidDataTypesData,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    staff_id: int | Unset = UNSET,
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["staff_id"] = staff_id

    params["datetime"] = datetime

    json_service_ids: list[int] | Unset = UNSET
    if not isinstance(service_ids, Unset):
        json_service_ids = service_ids

    params["service_ids[]"] = json_service_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/book_services/{location_id}".format(
            location_id=path_segment("get_services_available_for_booking", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> BookServicesCompanyidDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = BookServicesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = BookServicesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> BookServicesCompanyidDataTypes:
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
    staff_id: int | Unset = UNSET,
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> Response[BookServicesCompanyidDataTypes]:
    """Get Services Available for Booking

    ``GET /v1/book_services/{location_id}``

    The object of services available for booking has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | categories | array of objects | Array of service categories (you can't book a category) |
    | services | array of objects | Services available for booking by category |

    An object from the categories array, has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Category ID |
    | title | string | Category name |
    | gender | number | Category belonging to gender (1 - male, 2 - female, 0 - not specified) |
    | weight | number | Category weight. Categories are sorted by weight, heavier ones first |
    | api_id | string | External Category ID |

    An object from the services array, has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Service ID |
    | title | string | Service name |
    | category_id | number | Identifier of the category to which the service belongs |
    | weight | number | Category weight. Services are sorted by weight, heavier ones first |
    | price_min | number | The minimum cost of the service |
    | price_max | number | Maximum cost of the service |
    | discount | number | Service discount |
    | comment | string | Comment on the service |
    | active | number | Is the service active |
    | prepaid | string | Online payment status |
    | gender | number | Gender for which the service is provided |
    | session_length | number | Service duration in seconds (only if filter by team member is set) |
    | image | string | Image services |


    If you need to get the services provided by a specific team member, then you need to use the filter
    by team member.
    The following filters are available:
    + staff_id: team member ID. If you need services that only the selected team member provides
    + datetime: date (in iso8601 format). Specifies the desired appointment date. Use this parameter to
    retrieve services that can be booked with the selected team member on that specific date.
    + service_ids: An array of service IDs. If a team member is already selected and the time and
    service(s) are part of an existing appointment, this parameter should be used to select an
    additional service.

    Args:
        location_id (int):
        staff_id (int | Unset):
        datetime (str | Unset):
        service_ids (list[int] | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[BookServicesCompanyidDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            datetime=datetime,
            service_ids=service_ids,
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
    staff_id: int | Unset = UNSET,
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> BookServicesCompanyidDataTypes:
    """get_services_available_for_booking: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            datetime=datetime,
            service_ids=service_ids,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    staff_id: int | Unset = UNSET,
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> BookServicesCompanyidDataTypesData:
    """get_services_available_for_booking: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            staff_id=staff_id,
            datetime=datetime,
            service_ids=service_ids,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
