from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.companies_data_types import CompaniesDataTypes
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response


def _get_kwargs(
    application_id: int,
    *,
    page: int,
    count: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/application/{application_id}/salons".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "extensions": {"altegio_operation": "list_marketplace_app_locations"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompaniesDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "list_marketplace_app_locations")
    if response.status_code == 200:
        response_200 = CompaniesDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[CompaniesDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "list_marketplace_app_locations", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    page: int,
    count: int,
) -> Response[CompaniesDataTypes | UnauthorizedResponse401]:
    """Data About Locations Connected to the Application

     This endpoint retrieves a list of locations that have connected a specific application, along with
    detailed information about each.

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompaniesDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        page=page,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    page: int,
    count: int,
) -> CompaniesDataTypes | UnauthorizedResponse401 | None:
    """Data About Locations Connected to the Application

     This endpoint retrieves a list of locations that have connected a specific application, along with
    detailed information about each.

    Args:
        application_id (int):
        page (int):
        count (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompaniesDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            page=page,
            count=count,
        )
    ).parsed
