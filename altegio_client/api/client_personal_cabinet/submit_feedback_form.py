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
    require_body,
)
from ...models.master_record_review_post_request import MasterRecordReviewPostRequest
from ...types import Response
from .._operations import submit_feedback_form as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    record_token: str,
    *,
    body: MasterRecordReviewPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, MasterRecordReviewPostRequest)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/master_record_review/{record_token}".format(
            record_token=path_segment("submit_feedback_form", "record_token", record_token, str),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    record_token: str,
    *,
    client: OperationClient,
    body: MasterRecordReviewPostRequest,
) -> Response[Any]:
    """Submit appointment review

    ``POST /v1/master_record_review/{record_token}``

    Args:
        record_token (str):
        body (MasterRecordReviewPostRequest): Send feedback request Example: {'rating': 5, 'text':
            'Excellent service!', 'tips_amount': 22.5, 'redirect_prefix': 'https://n1.app.alteg.io'}.

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
            record_token,
            body=body,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    record_token: str,
    *,
    client: OperationClient,
    body: MasterRecordReviewPostRequest,
) -> Any:
    """submit_feedback_form: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_token,
            body=body,
        ),
    )
    return _parsed(client, response)
