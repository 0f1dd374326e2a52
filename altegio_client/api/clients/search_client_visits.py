from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._arguments import path_segment
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...models.search_client_visits_response_200 import SearchClientVisitsResponse200
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...models.unprocessable_entity_response_422 import UnprocessableEntityResponse422
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/company/{location_id}/clients/visits/search".format(
            location_id=path_segment("search_client_visits", "location_id", location_id, int),
        ),
        "extensions": {"altegio_operation": "search_client_visits"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    NotFoundResponse404
    | SearchClientVisitsResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    parse_ctx = ParseContext(response, "search_client_visits")
    if response.status_code == 200:
        response_200 = SearchClientVisitsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

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
    NotFoundResponse404 | SearchClientVisitsResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "search_client_visits", exc) from exc
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
    body: SearchClientVisitsBody | Unset = UNSET,
) -> Response[
    NotFoundResponse404 | SearchClientVisitsResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422
]:
    """Search by customer history

     Displays the client’s visit history.This method returns the client’s appointment and product
    purchase history, grouped by visit. Data is filtered based on visit status and paid status.
    The client is identified using either the client_id or client_phone parameter. All other parameters
    are optional.
    Results are sorted by visit date and paginated in batches of 25 items. If multiple visits share the
    same date as the last item on the page, they will be included on the current page to ensure complete
    grouping.
    To retrieve the next page, use the from and to values provided in the meta field of the current
    response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | SearchClientVisitsResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> (
    NotFoundResponse404
    | SearchClientVisitsResponse200
    | UnauthorizedResponse401
    | UnprocessableEntityResponse422
    | None
):
    """Search by customer history

     Displays the client’s visit history.This method returns the client’s appointment and product
    purchase history, grouped by visit. Data is filtered based on visit status and paid status.
    The client is identified using either the client_id or client_phone parameter. All other parameters
    are optional.
    Results are sorted by visit date and paginated in batches of 25 items. If multiple visits share the
    same date as the last item on the page, they will be included on the current page to ensure complete
    grouping.
    To retrieve the next page, use the from and to values provided in the meta field of the current
    response.

    Args:
        location_id (int):
        body (SearchClientVisitsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | SearchClientVisitsResponse200 | UnauthorizedResponse401 | UnprocessableEntityResponse422
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
