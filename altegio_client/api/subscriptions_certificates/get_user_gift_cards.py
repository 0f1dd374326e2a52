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
from .._operations import get_user_gift_cards as OPERATION

if TYPE_CHECKING:
    from ...models.gift_card import GiftCard
    from ...types import UNSET

    pass


def _get_kwargs(
    *,
    company_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/user/loyalty/certificates",
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
) -> Response[LoyaltyCertificatesResponseDataTypes]:
    """Get user gift cards

    ``GET /v1/user/loyalty/certificates``

    Returns a list of authorized user gift cards

    Args:
        company_id (int):

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
) -> LoyaltyCertificatesResponseDataTypes:
    """get_user_gift_cards: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
        ),
    )
    return _parsed(client, response)


async def asyncio_data(
    *,
    client: OperationClient,
    company_id: int,
) -> list[GiftCard]:
    """get_user_gift_cards: the ``data`` of the answer (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            company_id=company_id,
        ),
    )
    return data_of(_parsed(client, response).data, response, OPERATION)
