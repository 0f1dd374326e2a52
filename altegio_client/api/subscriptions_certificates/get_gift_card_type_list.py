from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_certificate_type_search_response_data_types import (
    LoyaltyCertificateTypeSearchResponseDataTypes,
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
        "url": "/v1/company/{location_id}/loyalty/certificate_types/search".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_gift_card_type_list"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_gift_card_type_list")
    if response.status_code == 200:
        response_200 = LoyaltyCertificateTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_gift_card_type_list", exc) from exc
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
) -> Response[LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get a List of Available Gift Card Types

     A list of **gift card types** available at a location can be obtained by querying the location ID.
    The list can be filtered by the name of the gift card type by passing the title parameter.
    Pagination is supported, specified by the `page` and `page_size` parameters.

    The list is an array of [gift card types](#loyalty-certificate-type).

    <a name="loyalty-certificate-type"></a>
    **Gift card type** has the following structure:

    | Field                      | Type    | Description
    |
    |----------------------------|---------|------------------------------------------------------------
    ------------------------------------------------------------------------|
    | id                         | number  | Gift card type identifier
    |
    | title                      | string  | Gift card type name
    |
    | balance                    | number  | Gift card denomination
    |
    | is_multi                   | boolean | Write-off type: true - multiple write-off, false - single
    write-off                                                               |
    | company_group_id           | number  | ID of the chain where the gift card type is valid
    |
    | item_type_id               | number  | Application Constraint (list of possible values)
    |
    | expiration_type_id         | number  | Expiration limit (list of possible values)
    |
    | expiration_date            | string  | Fixed burn date in ISO8601 format (null if not set)
    |
    | expiration_timeout         | number  | Gift card validity period from the date of sale (0 if not
    set)                                                                     |
    | expiration_timeout_unit_id | number  | The unit of measurement of the validity period of the gift
    card from the moment of sale (list of possible values, if not set - 0) |
    | is_allow_empty_code        | boolean | Allow sale of gift card without code? true - allow, false -
    do not allow                                                           |

    <a name="loyalty-certificate-item-type"></a>
    **Gift Card Type Restriction**

    | Meaning | Description                     |
    |---------|---------------------------------|
    | 0       | Unlimited                       |
    | 1       | Any services without products   |
    | 2       | Any products without services   |
    | 3       | Some services without products  |
    | 4       | Some services and any products  |

    <a name="loyalty-certificate-expiration-type"></a>
    **Gift Card Type Expiration Limit**

    | Meaning | Description                            |
    |---------|----------------------------------------|
    | 0       | No expiration date                     |
    | 1       | Fixed date for all instances           |
    | 2       | Fixed period of validity from the date of sale |

    <a name="loyalty-certificate-expiration-unit"></a>
    **Units of certificate type validity period**

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
        Response[LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
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
) -> LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get a List of Available Gift Card Types

     A list of **gift card types** available at a location can be obtained by querying the location ID.
    The list can be filtered by the name of the gift card type by passing the title parameter.
    Pagination is supported, specified by the `page` and `page_size` parameters.

    The list is an array of [gift card types](#loyalty-certificate-type).

    <a name="loyalty-certificate-type"></a>
    **Gift card type** has the following structure:

    | Field                      | Type    | Description
    |
    |----------------------------|---------|------------------------------------------------------------
    ------------------------------------------------------------------------|
    | id                         | number  | Gift card type identifier
    |
    | title                      | string  | Gift card type name
    |
    | balance                    | number  | Gift card denomination
    |
    | is_multi                   | boolean | Write-off type: true - multiple write-off, false - single
    write-off                                                               |
    | company_group_id           | number  | ID of the chain where the gift card type is valid
    |
    | item_type_id               | number  | Application Constraint (list of possible values)
    |
    | expiration_type_id         | number  | Expiration limit (list of possible values)
    |
    | expiration_date            | string  | Fixed burn date in ISO8601 format (null if not set)
    |
    | expiration_timeout         | number  | Gift card validity period from the date of sale (0 if not
    set)                                                                     |
    | expiration_timeout_unit_id | number  | The unit of measurement of the validity period of the gift
    card from the moment of sale (list of possible values, if not set - 0) |
    | is_allow_empty_code        | boolean | Allow sale of gift card without code? true - allow, false -
    do not allow                                                           |

    <a name="loyalty-certificate-item-type"></a>
    **Gift Card Type Restriction**

    | Meaning | Description                     |
    |---------|---------------------------------|
    | 0       | Unlimited                       |
    | 1       | Any services without products   |
    | 2       | Any products without services   |
    | 3       | Some services without products  |
    | 4       | Some services and any products  |

    <a name="loyalty-certificate-expiration-type"></a>
    **Gift Card Type Expiration Limit**

    | Meaning | Description                            |
    |---------|----------------------------------------|
    | 0       | No expiration date                     |
    | 1       | Fixed date for all instances           |
    | 2       | Fixed period of validity from the date of sale |

    <a name="loyalty-certificate-expiration-unit"></a>
    **Units of certificate type validity period**

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
        LoyaltyCertificateTypeSearchResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
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
