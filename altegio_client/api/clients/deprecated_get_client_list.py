from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    Page,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    path_segment,
    response_json,
    total_count,
)
from ...models.clients_companyid_response_deprecated_data_types import (
    ClientsCompanyidResponseDeprecatedDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import deprecated_get_client_list as OPERATION

if TYPE_CHECKING:
    from ...models.client_list_item import ClientListItem
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: int | Unset = UNSET,
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

    params["id"] = id

    params["changed_after"] = changed_after

    params["changed_before"] = changed_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/clients/{location_id}".format(
            location_id=path_segment("deprecated_get_client_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> ClientsCompanyidResponseDeprecatedDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = ClientsCompanyidResponseDeprecatedDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = ClientsCompanyidResponseDeprecatedDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> ClientsCompanyidResponseDeprecatedDataTypes:
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
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Response[ClientsCompanyidResponseDeprecatedDataTypes]:
    """Deprecated. Get a list of clients

    ``GET /v1/clients/{location_id}``

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
        location_id (int):
        fullname (str | Unset):
        phone (str | Unset):
        email (str | Unset):
        paid_min (float | Unset):
        paid_max (float | Unset):
        page (int | Unset):
        count (int | Unset):
        id (int | Unset):
        changed_after (str | Unset):
        changed_before (str | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[ClientsCompanyidResponseDeprecatedDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            id=id,
            changed_after=changed_after,
            changed_before=changed_before,
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
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> ClientsCompanyidResponseDeprecatedDataTypes:
    """deprecated_get_client_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            id=id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
) -> Page[ClientListItem]:
    """deprecated_get_client_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            id=id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
