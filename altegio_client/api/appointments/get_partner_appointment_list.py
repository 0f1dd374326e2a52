from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
)
from ...types import UNSET, Response, Unset
from .._operations import get_partner_appointment_list as OPERATION

if TYPE_CHECKING:
    pass


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
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = cast(Any, None)
    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> Any:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[Any]:
    """Get a List of Partner Appointments

    ``GET /v1/records/partner``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[Any]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
    page: int | Unset = UNSET,
    editable_length: float | Unset = UNSET,
    salon_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    created_start_date: str | Unset = UNSET,
    created_end_date: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Any:
    """get_partner_appointment_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            page=page,
            editable_length=editable_length,
            salon_id=salon_id,
            start_date=start_date,
            end_date=end_date,
            created_start_date=created_start_date,
            created_end_date=created_end_date,
            user_id=user_id,
        ),
    )
    return _parsed(client, response)
