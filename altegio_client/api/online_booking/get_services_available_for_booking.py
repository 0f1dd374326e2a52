from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.book_services_companyid_data_types import BookServicesCompanyidDataTypes
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_services_available_for_booking"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_services_available_for_booking")
    if response.status_code == 200:
        response_200 = BookServicesCompanyidDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_services_available_for_booking", exc) from exc
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
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> Response[BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Services Available for Booking

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        staff_id=staff_id,
        datetime=datetime,
        service_ids=service_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    staff_id: int | Unset = UNSET,
    datetime: str | Unset = UNSET,
    service_ids: list[int] | Unset = UNSET,
) -> BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Services Available for Booking

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookServicesCompanyidDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            staff_id=staff_id,
            datetime=datetime,
            service_ids=service_ids,
        )
    ).parsed
