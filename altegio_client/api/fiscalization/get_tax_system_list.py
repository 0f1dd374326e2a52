from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.tax_system_response_data_types import TaxSystemResponseDataTypes
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    country_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/kkm/references/tax_system/{country_id}".format(
            country_id=quote(str(country_id), safe=""),
        ),
        "extensions": {"altegio_operation": "get_tax_system_list"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_tax_system_list")
    if response.status_code == 200:
        response_200 = TaxSystemResponseDataTypes._lazy(response_json(response), parse_ctx)

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
) -> Response[NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_tax_system_list", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    country_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401]:
    """List request example

     A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained.
    The country ID can be obtained from [list of countries](#countries).

    The list is an array of [tax systems](#fiscalization-tax) with a nested [VAT](#fiscalization-vat)
    array for each tax system.

    **The taxation system** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Name of taxation system |
    | slug | string | Code name for the taxation system |
    | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available VAT for the taxation
    system |

    <a name="fiscalization-vat"></a>
    **VAT** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Title VAT |
    | slug | string | Code name VAT |

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_id: int,
    *,
    client: AuthenticatedClient,
) -> NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401 | None:
    """List request example

     A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained.
    The country ID can be obtained from [list of countries](#countries).

    The list is an array of [tax systems](#fiscalization-tax) with a nested [VAT](#fiscalization-vat)
    array for each tax system.

    **The taxation system** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Name of taxation system |
    | slug | string | Code name for the taxation system |
    | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available VAT for the taxation
    system |

    <a name="fiscalization-vat"></a>
    **VAT** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Title VAT |
    | slug | string | Code name VAT |

    Args:
        country_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotFoundResponse404 | TaxSystemResponseDataTypes | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            client=client,
        )
    ).parsed
