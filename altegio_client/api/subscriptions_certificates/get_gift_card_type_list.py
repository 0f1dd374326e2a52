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
from ...models.loyalty_certificate_type_search_response_data_types import (
    LoyaltyCertificateTypeSearchResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_gift_card_type_list as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_certificate_type_search_response_data_types_data_item import (
        LoyaltyCertificateTypeSearchResponseDataTypesDataItem,
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
        "url": "/v1/company/{location_id}/loyalty/certificate_types/search".format(
            location_id=path_segment("get_gift_card_type_list", "location_id", location_id, int),
        ),
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyCertificateTypeSearchResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCertificateTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCertificateTypeSearchResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyCertificateTypeSearchResponseDataTypes:
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
) -> Response[LoyaltyCertificateTypeSearchResponseDataTypes]:
    """Get a List of Available Gift Card Types

    ``GET /v1/company/{location_id}/loyalty/certificate_types/search``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyCertificateTypeSearchResponseDataTypes]: status, headers and the parsed body (low-level).
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
) -> LoyaltyCertificateTypeSearchResponseDataTypes:
    """get_gift_card_type_list: the parsed body (see ``asyncio_detailed``)."""
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
) -> Page[LoyaltyCertificateTypeSearchResponseDataTypesDataItem]:
    """get_gift_card_type_list: one page, its items and ``meta.total_count`` (see ``asyncio_detailed``)."""
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
