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
    require_body,
    response_json,
)
from ...models.comments_companyid_request_data_types import (
    CommentsCompanyidRequestDataTypes,
)
from ...models.comments_companyid_ressponse_200_data_types import (
    CommentsCompanyidRessponse200DataTypes,
)
from ...types import Response
from .._operations import leave_comment as OPERATION

if TYPE_CHECKING:
    from ...models.comments_companyid_ressponse_200_data_types_data_type_1 import (
        CommentsCompanyidRessponse200DataTypesDataType1,
    )

    pass


def _get_kwargs(
    location_id: int,
    team_member_id: int,
    *,
    body: CommentsCompanyidRequestDataTypes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    require_body(OPERATION.name, body, CommentsCompanyidRequestDataTypes)
    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/comments/{location_id}/{team_member_id}".format(
            location_id=path_segment("leave_comment", "location_id", location_id, int),
            team_member_id=path_segment("leave_comment", "team_member_id", team_member_id, int),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CommentsCompanyidRessponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 201:
        response_201 = CommentsCompanyidRessponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_201

    # Another 2xx than documented: read its body as the documented one.
    response_201 = CommentsCompanyidRessponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_201


def _parsed(client: OperationClient, response: httpx.Response) -> CommentsCompanyidRessponse200DataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: CommentsCompanyidRequestDataTypes,
) -> Response[CommentsCompanyidRessponse200DataTypes]:
    """Leave a Comment

    ``POST /v1/comments/{location_id}/{team_member_id}``

    Args:
        location_id (int):
        team_member_id (int):
        body (CommentsCompanyidRequestDataTypes): Leave a Comment Example: {'mark': 4, 'text':
            'Everything is very bad!', 'name': 'Victor'}.

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CommentsCompanyidRessponse200DataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
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
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: CommentsCompanyidRequestDataTypes,
) -> CommentsCompanyidRessponse200DataTypes:
    """leave_comment: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            body=body,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    team_member_id: int,
    *,
    client: OperationClient,
    body: CommentsCompanyidRequestDataTypes,
) -> CommentsCompanyidRessponse200DataTypesDataType1 | list[CommentsCompanyidRessponse200DataTypesDataType1]:
    """leave_comment: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            team_member_id,
            body=body,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
