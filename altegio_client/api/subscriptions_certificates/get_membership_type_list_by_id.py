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
from ...models.loyalty_abonements_type_search_response_data_types import (
    LoyaltyAbonementsTypeSearchResponseDataTypes,
)
from ...types import UNSET, Response, Unset
from .._operations import get_membership_type_list_by_id as OPERATION

if TYPE_CHECKING:
    from ...models.loyalty_abonements_type_search_response_data_types_data_item import (
        LoyaltyAbonementsTypeSearchResponseDataTypesDataItem,
    )
    from ...types import UNSET, Unset

    pass


def _get_kwargs(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/company/{location_id}/loyalty/abonement_types/fetch".format(
            location_id=path_segment("get_membership_type_list_by_id", "location_id", location_id, int),
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
    ids: list[int] | Unset = UNSET,
) -> Response[LoyaltyAbonementsTypeSearchResponseDataTypes]:
    """Get a List of Membership Types by ID

    ``GET /v1/company/{location_id}/loyalty/abonement_types/fetch``

    A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs.

    The list is an array of [membership types](#loyalty-membership-type).

    ### Get a list of membership types by ID

    + Parameters
        + company_id (required, number) - location ID
        + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    Args:
        location_id (int):
        ids (list[int] | Unset):

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
            ids=ids,
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
    ids: list[int] | Unset = UNSET,
) -> LoyaltyAbonementsTypeSearchResponseDataTypes:
    """get_membership_type_list_by_id: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            ids=ids,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    location_id: int,
    *,
    client: OperationClient,
    ids: list[int] | Unset = UNSET,
) -> list[LoyaltyAbonementsTypeSearchResponseDataTypesDataItem]:
    """get_membership_type_list_by_id: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            location_id,
            ids=ids,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
