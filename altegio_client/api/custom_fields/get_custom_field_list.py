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
from ...models.custom_fields_response_data_types import CustomFieldsResponseDataTypes
from ...types import Response
from .._operations import get_custom_field_list as OPERATION

if TYPE_CHECKING:
    from ...models.custom_fields_response_data_types_data_type_1 import (
        CustomFieldsResponseDataTypesDataType1,
    )

    pass


def _get_kwargs(
    field_category: str,
    location_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/custom_fields/{field_category}/{location_id}".format(
            field_category=path_segment("get_custom_field_list", "field_category", field_category, str),
            location_id=path_segment("get_custom_field_list", "location_id", location_id, int),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CustomFieldsResponseDataTypes:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = CustomFieldsResponseDataTypes._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = CustomFieldsResponseDataTypes._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> CustomFieldsResponseDataTypes:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    *,
    client: OperationClient,
) -> Response[CustomFieldsResponseDataTypes]:
    """Getting a collection of location fields

    ``GET /v1/custom_fields/{field_category}/{location_id}``

    Args:
        field_category (str):
        location_id (int):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[CustomFieldsResponseDataTypes]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            field_category,
            location_id,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    field_category: str,
    location_id: int,
    *,
    client: OperationClient,
) -> CustomFieldsResponseDataTypes:
    """get_custom_field_list: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            field_category,
            location_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    field_category: str,
    location_id: int,
    *,
    client: OperationClient,
) -> CustomFieldsResponseDataTypesDataType1 | list[CustomFieldsResponseDataTypesDataType1] | None:
    """get_custom_field_list: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            field_category,
            location_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
