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
from ...models.master_record_review_response_data_types import (
    MasterRecordReviewResponseDataTypes,
)
from ...types import Response
from .._operations import get_feedback_form_status as OPERATION

if TYPE_CHECKING:
    from ...models.master_record_review_response_data_types_data import (
        MasterRecordReviewResponseDataTypesData,
    )

    pass


def _get_kwargs(
    record_token: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/master_record_review/{record_token}".format(
            record_token=path_segment("get_feedback_form_status", "record_token", record_token, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> MasterRecordReviewResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = MasterRecordReviewResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = MasterRecordReviewResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> MasterRecordReviewResponseDataTypes:
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
) -> Response[MasterRecordReviewResponseDataTypes]:
    """Get appointment review

    ``GET /v1/master_record_review/{record_token}``

    Args:
        record_token (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[MasterRecordReviewResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_token,
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
) -> MasterRecordReviewResponseDataTypes:
    """get_feedback_form_status: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_token,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    record_token: str,
    *,
    client: OperationClient,
) -> MasterRecordReviewResponseDataTypesData:
    """get_feedback_form_status: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            record_token,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
