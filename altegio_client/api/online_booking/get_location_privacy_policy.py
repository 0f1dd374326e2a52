from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
)
from ...types import Response
from .._operations import get_location_privacy_policy as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/privacy_policy/{location_id}".format(
            location_id=path_segment("get_location_privacy_policy", "location_id", location_id, int),
        ),
    }

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
    location_id: int,
    *,
    client: OperationClient,
) -> Response[Any]:
    """Get location privacy policy for online booking

    ``GET /v1/privacy_policy/{location_id}``

    Retrieves the privacy policy configured for a specific location. This endpoint should be called
    before creating an online booking record to check if the location has a custom privacy policy.

    If a location has a custom privacy policy configured, the online booking flow must:
    - Display the policy text to the user
    - Show a checkbox for accepting the privacy policy
    - Only proceed with booking creation after the user has checked the acceptance checkbox

    If no custom policy is configured for the location, the booking can proceed without showing any
    policy acceptance step.

    Args:
        location_id (int):

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
            location_id,
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
) -> Any:
    """get_location_privacy_policy: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
        ),
    )
    return _parsed(client, response)
