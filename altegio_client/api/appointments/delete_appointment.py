from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    record_id: int,
    *,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_consumables"] = include_consumables

    params["include_finance_transactions"] = include_finance_transactions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/record/{location_id}/{record_id}".format(
            location_id=quote(str(location_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
        "extensions": {"altegio_operation": "delete_appointment"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "delete_appointment")
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "delete_appointment", exc) from exc
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
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Delete Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        record_id=record_id,
        include_consumables=include_consumables,
        include_finance_transactions=include_finance_transactions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: float | Unset = UNSET,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Delete Appointment

    Args:
        location_id (int):
        record_id (int):
        include_consumables (float | Unset):
        include_finance_transactions (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            record_id=record_id,
            client=client,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        )
    ).parsed
