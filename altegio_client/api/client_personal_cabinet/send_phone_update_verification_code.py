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
from ...types import UNSET, Response
from .._operations import send_phone_update_verification_code as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    *,
    company_id: int,
    group_id: int,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["group_id"] = group_id

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/booking/user/phone_confirmation",
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

    # Another 2xx than documented: read its body as the documented one.
    response_202 = cast(Any, None)
    return response_202


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
    company_id: int,
    group_id: int,
    phone: str,
) -> Response[Any]:
    """Send SMS Verification Code for Phone Update

    ``GET /v1/booking/user/phone_confirmation``

    The request must contain one of two parameters: company_id or group_id

    Args:
        company_id (int):
        group_id (int):
        phone (str):

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
            company_id=company_id,
            group_id=group_id,
            phone=phone,
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
    company_id: int,
    group_id: int,
    phone: str,
) -> Any:
    """send_phone_update_verification_code: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
            group_id=group_id,
            phone=phone,
        ),
    )
    return _parsed(client, response)
