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
from ...models.comments_companyid_ressponse_200_data_types import (
    CommentsCompanyidRessponse200DataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_comments as OPERATION

if TYPE_CHECKING:
    from ...models.comments_companyid_ressponse_200_data_types_data_type_1 import (
        CommentsCompanyidRessponse200DataTypesDataType1,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["staff_id"] = staff_id

    params["rating"] = rating

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/comments/{location_id}".format(
            location_id=path_segment("get_comments", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CommentsCompanyidRessponse200DataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CommentsCompanyidRessponse200DataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CommentsCompanyidRessponse200DataTypes._lazy(response_json(response), parse_ctx)

    return response_200


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
    *,
    client: OperationClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[CommentsCompanyidRessponse200DataTypes]:
    """Get comments

    ``GET /v1/comments/{location_id}``

    The comment object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Comment ID |
    | salon_id | number | location ID |
    | type | number | 1 - comment to the team member, 0 - to the location |
    | master_id | number | Team Member ID if type = 1 |
    | text | string | Comment text |
    | date | string | Date when the comment was left |
    | rating | number | Rating (from 1 to 5) |
    | user_id | number | Id of the user who left the comment |
    | username | string | Name of the user who left the comment |
    | user_avatar | string | Avatar of the user who left the comment |
    | record_id | number | ID of the post after which the review was left (the value will be non-zero if
    the review was left through a link asking for a review after the visit) |

    Args:
        location_id (int):
        start_date (str | Unset):
        end_date (str | Unset):
        staff_id (int | Unset):
        rating (float | Unset):
        page (int | Unset):
        count (int | Unset):

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
            start_date=start_date,
            end_date=end_date,
            staff_id=staff_id,
            rating=rating,
            page=page,
            count=count,
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> CommentsCompanyidRessponse200DataTypes:
    """get_comments: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            end_date=end_date,
            staff_id=staff_id,
            rating=rating,
            page=page,
            count=count,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> CommentsCompanyidRessponse200DataTypesDataType1 | list[CommentsCompanyidRessponse200DataTypesDataType1]:
    """get_comments: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            start_date=start_date,
            end_date=end_date,
            staff_id=staff_id,
            rating=rating,
            page=page,
            count=count,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
