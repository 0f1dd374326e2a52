from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["editable_length"] = editable_length

    params["salon_id"] = salon_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["created_start_date"] = created_start_date

    params["created_end_date"] = created_end_date

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/records/partner",
        "extensions": {"altegio_operation": "get_partner_appointment_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_partner_appointment_list")
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_partner_appointment_list", exc) from exc
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
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Partner Appointments

     #### Filtering appointments

    + salon_id: Location ID

    Use this to filter appointments for a specific location

    + start_date: Visit date from

    Filters appointments with a visit date starting from the specified date (inclusive)

    + end_date: Visit date until

    Filters appointments with a visit date up to the specified date (inclusive)

    + created_start_date: Appointment creation date from

    Filters appointments created on or after this date

    + created_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + user_id: User ID

    Filters appointments created by a specific user

    Args:
        page (int | Unset):
        editable_length (float | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        page=page,
        editable_length=editable_length,
        salon_id=salon_id,
        start_date=start_date,
        end_date=end_date,
        created_start_date=created_start_date,
        created_end_date=created_end_date,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Partner Appointments

     #### Filtering appointments

    + salon_id: Location ID

    Use this to filter appointments for a specific location

    + start_date: Visit date from

    Filters appointments with a visit date starting from the specified date (inclusive)

    + end_date: Visit date until

    Filters appointments with a visit date up to the specified date (inclusive)

    + created_start_date: Appointment creation date from

    Filters appointments created on or after this date

    + created_end_date: Appointment creation date until

    Returns appointments created on or before this date

    + user_id: User ID

    Filters appointments created by a specific user

    Args:
        page (int | Unset):
        editable_length (float | Unset):
        salon_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        created_start_date (str | Unset):
        created_end_date (str | Unset):
        user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        )
    ).parsed
