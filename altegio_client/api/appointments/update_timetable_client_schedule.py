from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.create_timetable_client_schedule_response_201 import (
    CreateTimetableClientScheduleResponse201,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...models.update_timetable_client_schedule_body import (
    UpdateTimetableClientScheduleBody,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/company/{location_id}/schedules/{schedule_id}/client_schedules/{client_schedule_id}".format(
            location_id=quote(str(location_id), safe=""),
            schedule_id=quote(str(schedule_id), safe=""),
            client_schedule_id=quote(str(client_schedule_id), safe=""),
        ),
        "extensions": {"altegio_operation": "update_timetable_client_schedule"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTimetableClientScheduleResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "update_timetable_client_schedule")
    if response.status_code == 200:
        response_200 = CreateTimetableClientScheduleResponse201._lazy(response_json(response), parse_ctx)

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
    CreateTimetableClientScheduleResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "update_timetable_client_schedule", exc) from exc
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
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> Response[
    CreateTimetableClientScheduleResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
]:
    """Update Recurring Appointments

     Updates a recurring appointment series by attaching or detaching schedule days. This creates or
    removes future appointments accordingly.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTimetableClientScheduleResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        schedule_id=schedule_id,
        client_schedule_id=client_schedule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    schedule_id: int,
    client_schedule_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateTimetableClientScheduleBody | Unset = UNSET,
) -> (
    CreateTimetableClientScheduleResponse201
    | NotFoundResponse404
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Update Recurring Appointments

     Updates a recurring appointment series by attaching or detaching schedule days. This creates or
    removes future appointments accordingly.

    Args:
        location_id (int):
        schedule_id (int):
        client_schedule_id (int):
        body (UpdateTimetableClientScheduleBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTimetableClientScheduleResponse201 | NotFoundResponse404 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            schedule_id=schedule_id,
            client_schedule_id=client_schedule_id,
            client=client,
            body=body,
        )
    ).parsed
