from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.company_company_id_users_response_data_types import (
    CompanyCompanyIdUsersResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[is_approved]"] = filteris_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/users".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_location_users"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_location_users")
    if response.status_code == 200:
        response_200 = CompanyCompanyIdUsersResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_location_users", exc) from exc
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
    filteris_approved: float | Unset = UNSET,
) -> Response[CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get location users

     The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    Args:
        location_id (int):
        filteris_approved (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filteris_approved=filteris_approved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    filteris_approved: float | Unset = UNSET,
) -> CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get location users

     The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    Args:
        location_id (int):
        filteris_approved (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCompanyIdUsersResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filteris_approved=filteris_approved,
        )
    ).parsed
