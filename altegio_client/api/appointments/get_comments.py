from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.comments_companyid_ressponse_200_data_types import (
    CommentsCompanyidRessponse200DataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["team_member_id"] = team_member_id

    params["rating"] = rating

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/comments/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_comments"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_comments")
    if response.status_code == 200:
        response_200 = CommentsCompanyidRessponse200DataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_comments", exc) from exc
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
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get comments

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
        team_member_id (int | Unset):
        rating (float | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        start_date=start_date,
        end_date=end_date,
        team_member_id=team_member_id,
        rating=rating,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    team_member_id: int | Unset = UNSET,
    rating: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get comments

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
        team_member_id (int | Unset):
        rating (float | Unset):
        page (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentsCompanyidRessponse200DataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            team_member_id=team_member_id,
            rating=rating,
            page=page,
            count=count,
        )
    ).parsed
