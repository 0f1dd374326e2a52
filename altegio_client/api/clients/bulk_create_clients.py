from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.bulk_create_clients_body import BulkCreateClientsBody
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    body: BulkCreateClientsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/clients/{location_id}/bulk".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "bulk_create_clients"},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "bulk_create_clients")
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "bulk_create_clients", exc) from exc
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
    body: BulkCreateClientsBody | Unset = UNSET,
) -> Response[Any | NotFoundResponse404 | UnauthorizedResponse401]:
    """Bulk adding clients

    Args:
        location_id (int):
        body (BulkCreateClientsBody | Unset):  Example: [{'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550181, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'categories': [101, 102]}, {'name': 'James', 'surname': 'Smith', 'middle_name':
            'James', 'phone': 13155550181}, {'phone': 13155550182}, {'name': 'James', 'surname':
            'Smith', 'middle_name': 'James', 'phone': 13155550183}, {'name': 'Theodore', 'surname':
            'Hicks', 'middle_name': 'Richardson'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NotFoundResponse404 | UnauthorizedResponse401]
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
    body: BulkCreateClientsBody | Unset = UNSET,
) -> Any | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Bulk adding clients

    Args:
        location_id (int):
        body (BulkCreateClientsBody | Unset):  Example: [{'name': 'James', 'surname': 'Smith',
            'middle_name': 'James', 'phone': 13155550181, 'email': 'j.smith@example.com', 'gender_id':
            1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date': '952041600',
            'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance':
            -200, 'categories': [101, 102]}, {'name': 'James', 'surname': 'Smith', 'middle_name':
            'James', 'phone': 13155550181}, {'phone': 13155550182}, {'name': 'James', 'surname':
            'Smith', 'middle_name': 'James', 'phone': 13155550183}, {'name': 'Theodore', 'surname':
            'Hicks', 'middle_name': 'Richardson'}].

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
        )
    ).parsed
