from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.list_voip_calls_body import ListVoipCallsBody
from ...models.list_voip_calls_response_200 import ListVoipCallsResponse200
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListVoipCallsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voip/integration/calls",
        "extensions": {"altegio_operation": "list_voip_calls"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVoipCallsResponse200 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "list_voip_calls")
    if response.status_code == 200:
        response_200 = ListVoipCallsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVoipCallsResponse200 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_voip_calls", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListVoipCallsBody | Unset = UNSET,
) -> Response[ListVoipCallsResponse200 | UnauthorizedResponse401]:
    """Get Location's Call List

     This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        body (ListVoipCallsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVoipCallsResponse200 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListVoipCallsBody | Unset = UNSET,
) -> ListVoipCallsResponse200 | UnauthorizedResponse401 | None:
    """Get Location's Call List

     This endpoint is designed to get a list of calls in a location, taking into account filters and
    pagination

    Args:
        body (ListVoipCallsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVoipCallsResponse200 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
