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
from ...models.loyalty_abonements_type_search_response_data_types import (
    LoyaltyAbonementsTypeSearchResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_membership_type_list as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_abonements_type_search_response_data_types_data_item import (
        LoyaltyAbonementsTypeSearchResponseDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["title"] = title

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/loyalty/abonement_types/search".format(
            location_id=path_segment("get_membership_type_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyAbonementsTypeSearchResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyAbonementsTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyAbonementsTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyAbonementsTypeSearchResponseDataTypes:
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
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[LoyaltyAbonementsTypeSearchResponseDataTypes]:
    """Get a List of Available Membership Types

    ``GET /v1/company/{location_id}/loyalty/abonement_types/search``

    A list of **membership types** available at a location can be obtained by requesting the location
    ID.
    The list can be filtered by membership type name by passing the title parameter. Pagination is
    supported, specified by the `page` and `page_size` parameters.

    The list is an array of [membership types](#loyalty-membership-type).

    <a name="loyalty-membership-type"></a>
    **Membership type** has the following structure:

    | Field                          | Type    | Description
    |
    |-------------------------------|---------|---------------------------------------------------------
    -------------------------------------------------------------|
    | id                            | number  | Membership type identifier
    |
    | title                         | string  | Membership type name
    |
    | allow_freeze                  | boolean | Is it possible to freeze memberships? true - allowed,
    false - not allowed                                            |
    | freeze limit                  | number  | Maximum total freezing period (days)
    |
    | salon_group_id                | number  | Identifier of the chain in which the membership type is
    valid                                                        |
    | period                        | number  | Membership expiration date (0 if not set)
    |
    | period_unit_id                | number  | Membership expiration unit (list of possible values, if
    not set - 0)                                               |
    | is_allow_empty_code           | boolean | Allow the sale of a membership without a code? true -
    allow, false - do not allow                                    |
    | is_united_balance             | boolean | Total or separate membership balance: true - total,
    false - separate                                                 |
    | united_balance_services_count | number  | Number of visits for total balance
    |

    <a name="loyalty-membership-expiration-unit"></a>
    **Measurement units of membership type validity period**

    | Meaning | Description |
    |---------|-------------|
    | 1       | Day         |
    | 2       | Week        |
    | 3       | Month       |
    | 4       | Year        |

    Args:
        location_id (int):
        title (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyAbonementsTypeSearchResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            title=title,
            page=page,
            page_size=page_size,
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
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> LoyaltyAbonementsTypeSearchResponseDataTypes:
    """get_membership_type_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
    )
    return _parsed(client, response)


async def asyncio_page(
    location_id: int,
    *,
    client: OperationClient,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Page[LoyaltyAbonementsTypeSearchResponseDataTypesDataItem]:
    """get_membership_type_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
    )
    parsed = _parsed(client, response)
    items = data_of(parsed.data, response, OPERATION)
    return Page(items, total_count(parsed.meta))
