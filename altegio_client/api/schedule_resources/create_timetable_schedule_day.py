from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
from ...models.create_timetable_schedule_day_response_201 import (
    CreateTimetableScheduleDayResponse201,
)
from ...models.include_for_day_item import IncludeForDayItem
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    *,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/schedules/{schedule_id}/days".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        "extensions": {"altegio_operation": "create_timetable_schedule_day"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTimetableScheduleDayResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "create_timetable_schedule_day")
    if response.status_code == 201:
        response_201 = CreateTimetableScheduleDayResponse201._lazy(response_json(response), parse_ctx)

        return response_201

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse404._lazy(response_json(response), parse_ctx)

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse422._lazy(response_json(response), parse_ctx)

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateTimetableScheduleDayResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "create_timetable_schedule_day", exc) from exc
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
    schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> Response[
    CreateTimetableScheduleDayResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    """Create a Schedule Series

     Adds a new series to an existing schedule of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        include (list[IncludeForDayItem] | Unset):
        body (CreateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTimetableScheduleDayResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateTimetableScheduleDayBody | Unset = UNSET,
    include: list[IncludeForDayItem] | Unset = UNSET,
) -> (
    CreateTimetableScheduleDayResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Create a Schedule Series

     Adds a new series to an existing schedule of appointments or events.

    Args:
        location_id (int):
        schedule_id (int):
        include (list[IncludeForDayItem] | Unset):
        body (CreateTimetableScheduleDayBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTimetableScheduleDayResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
