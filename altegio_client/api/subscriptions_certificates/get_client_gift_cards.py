from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    data_of,
    materialize,
    response_json,
)
from ...models.loyalty_certificates_response_data_types import (
    LoyaltyCertificatesResponseDataTypes,
)
from ...types import UNSET, Response
from .._operations import get_client_gift_cards as OPERATION

if TYPE_CHECKING:
    from ...models.gift_card import GiftCard
    from ...types import UNSET

    pass


def _get_kwargs(
    *,
    company_id: int,
    phone: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/certificates",
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> LoyaltyCertificatesResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = LoyaltyCertificatesResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = LoyaltyCertificatesResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> LoyaltyCertificatesResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    *,
    client: OperationClient,
    company_id: int,
    phone: str,
) -> Response[LoyaltyCertificatesResponseDataTypes]:
    """Get client gift cards

    ``GET /v1/loyalty/certificates``

    Returns a list of client gift cards by phone

    | Attribute         | Type      | Description
    |
    |-------------------|-----------|-------------------------------------------------------------------
    --------|
    | id                | int       | Gift card ID
    |
    | number            | string    | Gift card code
    |
    | balance           | decimal   | Current balance
    |
    | default_balance   | decimal   | Initial balance
    |
    | type_id           | int       | Gift card type identifier
    |
    | status_id         | int       | Status ID
    |
    | created_date      | timestamp | Date of sale
    |
    | expiration_date   | datetime  | Burn date
    |
    | type              | object    | Object with gift card type information
    |
    | status            | object    | An object with information about the current gift card status
    |

    The type array contains the following objects:

    | Attribute                | Type      | Description
    |
    |--------------------------|-----------|------------------------------------------------------------
    -----------------------------------------------------------|
    | id                       | int       | Gift card type identifier
    |
    | title                    | string    | Type name
    |
    | balance                  | decimal   | Gift card denomination
    |
    | is_multi                 | boolean   | Is it available for multiple debits
    |
    | company_group_id         | int       | ID of the chain where the certificate type was created
    |
    | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
    1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
    | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
    date, 2 - fixed term                                        |
    | expiration_date          | timestamp | Burn date of all gift cards. Populated with
    expiration_type_id = 1                                                  |
    | expiration_timeout       | int       | Validity period of gift card. Populated with
    expiration_type_id = 2                                                 |
    | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
    |
    | is_allow_empty_code      | boolean   | Sale without code
    |
    | item_type                | object    | Object with item_type_id and its name
    |

    Args:
        company_id (int):
        phone (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[LoyaltyCertificatesResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
            phone=phone,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    *,
    client: OperationClient,
    company_id: int,
    phone: str,
) -> LoyaltyCertificatesResponseDataTypes:
    """get_client_gift_cards: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
            phone=phone,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    company_id: int,
    phone: str,
) -> list[GiftCard]:
    """get_client_gift_cards: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
            phone=phone,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
