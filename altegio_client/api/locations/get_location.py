from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_get_response_data_types import CompanyGetResponseDataTypes
from ...models.unauthorized_response_legacy_401 import UnauthorizedResponseLegacy401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_location"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401 | None:
    parse_ctx = ParseContext(response, "get_location")
    if response.status_code == 200:
        response_200 = CompanyGetResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponseLegacy401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 404:
        response_404 = UnauthorizedResponseLegacy401._lazy(response_json(response), parse_ctx)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_location", exc) from exc
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
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> Response[CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401]:
    """Get location

     Getting information about the location.

    Args:
        location_id (int):
        my (float | Unset):
        for_booking (float | Unset):
        show_groups (float | Unset):
        show_bookforms (float | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        my=my,
        for_booking=for_booking,
        show_groups=show_groups,
        show_bookforms=show_bookforms,
        bookform_id=bookform_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    my: float | Unset = UNSET,
    for_booking: float | Unset = UNSET,
    show_groups: float | Unset = UNSET,
    show_bookforms: float | Unset = UNSET,
    bookform_id: int | Unset = UNSET,
) -> CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401 | None:
    """Get location

     Getting information about the location.

    Args:
        location_id (int):
        my (float | Unset):
        for_booking (float | Unset):
        show_groups (float | Unset):
        show_bookforms (float | Unset):
        bookform_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyGetResponseDataTypes | UnauthorizedResponseLegacy401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            my=my,
            for_booking=for_booking,
            show_groups=show_groups,
            show_bookforms=show_bookforms,
            bookform_id=bookform_id,
        )
    ).parsed
