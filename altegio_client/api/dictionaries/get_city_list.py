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
from ...models.cities_response_data_types import CitiesResponseDataTypes
from ...types import UNSET, Response, Unset
from .._operations import get_city_list as OPERATION

if TYPE_CHECKING:
    from ...models.cities_response_data_types_data_item import (
        CitiesResponseDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country_id"] = country_id

    params["company_id"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cities",
    }
    if params:  # an empty dict would still make httpx rebuild the URL
        _kwargs["params"] = params

    return _kwargs


def _parse_response(response: httpx.Response) -> CitiesResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CitiesResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CitiesResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CitiesResponseDataTypes:
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
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> Response[CitiesResponseDataTypes]:
    """Get a list of cities

    ``GET /v1/cities``

    Args:
        country_id (int | Unset):
        company_id (int | Unset):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CitiesResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id=country_id,
            company_id=company_id,
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
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> CitiesResponseDataTypes:
    """get_city_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id=country_id,
            company_id=company_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> list[CitiesResponseDataTypesDataItem]:
    """get_city_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            country_id=country_id,
            company_id=company_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
