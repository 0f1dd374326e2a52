from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_abonements_type_search_response_data_types import (
    LoyaltyAbonementsTypeSearchResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response, Unset


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
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_membership_type_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_membership_type_list")
    if response.status_code == 200:
        response_200 = LoyaltyAbonementsTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_membership_type_list", exc) from exc
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
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Available Membership Types

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        title=title,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    location_id: int,
    *,
    client: AuthenticatedClient,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Available Membership Types

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyAbonementsTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            title=title,
            page=page,
            page_size=page_size,
        )
    ).parsed
