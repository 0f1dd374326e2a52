from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.clients_companyid_response_deprecated_data_types import (
    ClientsCompanyidResponseDeprecatedDataTypes,
)
from ...models.forbidden_response_403 import ForbiddenResponse403
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


def _get_kwargs(
    location_id_path: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_query: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fullname"] = fullname

    params["phone"] = phone

    params["email"] = email

    params["paid_min"] = paid_min

    params["paid_max"] = paid_max

    params["page"] = page

    params["count"] = count

    params["location_id"] = location_id_query

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clients/{location_id_path}".format(
            location_id_path=quote(str(location_id_path), safe=""),
        ),
        "extensions": {"altegio_operation": "deprecated_get_client_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ClientsCompanyidResponseDeprecatedDataTypes
    | ForbiddenResponse403
    | NotFoundResponse404
    | UnauthorizedResponse401
    | None
):
    parse_ctx = ParseContext(response, "deprecated_get_client_list")
    if response.status_code == 200:
        response_200 = ClientsCompanyidResponseDeprecatedDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse401._lazy(response_json(response), parse_ctx)

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse403._lazy(response_json(response), parse_ctx)

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
) -> Response[
    ClientsCompanyidResponseDeprecatedDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "deprecated_get_client_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    location_id_path: int,
    *,
    client: AuthenticatedClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_query: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[
    ClientsCompanyidResponseDeprecatedDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
]:
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`) - location ID
        + page (number, `1`) - Page number
        + count (number, `20`) - Number of clients per page


    #### Client filtering
    + fullname:Joh (optional, string) - Name (part of name) to filter clients
    + phone:1315 (optional, string) - Phone (part of the number) for filtering clients
    + email:test@ (optional, string) - Email (part) for client filtering
    + card:5663rt (optional, string) - Card (part) for filtering customers by loyalty card number
    + paid_min:100 (optional, number) - Minimum amount paid, to filter customers by the amount of
    payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + id:66 (optional, number) - ID of one client for filtering clients
    + id[]: 66 (optional, array) - IDs of multiple clients to filter
    + changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created since
    a specific date and time
    + changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created
    before a specific date and time

    Args:
        location_id_path (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        location_id_query (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientsCompanyidResponseDeprecatedDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id_path=location_id_path,
        fullname=fullname,
        phone=phone,
        email=email,
        paid_min=paid_min,
        paid_max=paid_max,
        page=page,
        count=count,
        location_id_query=location_id_query,
        changed_after=changed_after,
        changed_before=changed_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id_path: int,
    *,
    client: AuthenticatedClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_query: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> (
    ClientsCompanyidResponseDeprecatedDataTypes
    | ForbiddenResponse403
    | NotFoundResponse404
    | UnauthorizedResponse401
    | None
):
    """Deprecated. Get a list of clients

     + Parameter
        + company_id (required, number, `1`) - location ID
        + page (number, `1`) - Page number
        + count (number, `20`) - Number of clients per page


    #### Client filtering
    + fullname:Joh (optional, string) - Name (part of name) to filter clients
    + phone:1315 (optional, string) - Phone (part of the number) for filtering clients
    + email:test@ (optional, string) - Email (part) for client filtering
    + card:5663rt (optional, string) - Card (part) for filtering customers by loyalty card number
    + paid_min:100 (optional, number) - Minimum amount paid, to filter customers by the amount of
    payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + id:66 (optional, number) - ID of one client for filtering clients
    + id[]: 66 (optional, array) - IDs of multiple clients to filter
    + changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created since
    a specific date and time
    + changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created
    before a specific date and time

    Args:
        location_id_path (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        location_id_query (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientsCompanyidResponseDeprecatedDataTypes | ForbiddenResponse403 | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id_path=location_id_path,
            client=client,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_query=location_id_query,
            changed_after=changed_after,
            changed_before=changed_before,
        )
    ).parsed
