from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.loyalty_certificates_response_data_types import (
    LoyaltyCertificatesResponseDataTypes,
)
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import UNSET, Response


def _get_kwargs(
    *,
    copmany_id: int,
    phone: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["copmany_id"] = copmany_id

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/loyalty/certificates",
        "extensions": {"altegio_operation": "get_client_gift_cards"},
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_client_gift_cards")
    if response.status_code == 200:
        response_200 = LoyaltyCertificatesResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_client_gift_cards", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    copmany_id: int,
    phone: float,
) -> Response[LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get client gift cards

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
        copmany_id (int):
        phone (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        copmany_id=copmany_id,
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    copmany_id: int,
    phone: float,
) -> LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get client gift cards

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
        copmany_id (int):
        phone (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoyaltyCertificatesResponseDataTypes | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            client=client,
            copmany_id=copmany_id,
            phone=phone,
        )
    ).parsed
