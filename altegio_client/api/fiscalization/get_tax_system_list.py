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
    path_segment,
    response_json,
)
from ...models.tax_system_response_data_types import TaxSystemResponseDataTypes
from ...types import Response
from .._operations import get_tax_system_list as OPERATION

if TYPE_CHECKING:
    from ...models.tax_system_response_data_types_data_item import (
        TaxSystemResponseDataTypesDataItem,
    )

    pass


def _get_kwargs(
    country_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/integration/kkm/references/tax_system/{country_id}".format(
            country_id=path_segment("get_tax_system_list", "country_id", country_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TaxSystemResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = TaxSystemResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = TaxSystemResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> TaxSystemResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    country_id: int,
    *,
    client: OperationClient,
) -> Response[TaxSystemResponseDataTypes]:
    """List request example

    ``GET /v1/integration/kkm/references/tax_system/{country_id}``

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
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[TaxSystemResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    country_id: int,
    *,
    client: OperationClient,
) -> TaxSystemResponseDataTypes:
    """get_tax_system_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    country_id: int,
    *,
    client: OperationClient,
) -> list[TaxSystemResponseDataTypesDataItem]:
    """get_tax_system_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
