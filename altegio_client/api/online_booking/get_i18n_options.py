from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ..._codegen import (
    OperationClient,
    ParseContext,
    ResponseSchemaError,
    materialize,
    path_segment,
    response_json,
)
from ...models.get_i18_n_options_response_200 import GetI18nOptionsResponse200
from ...types import Response
from .._operations import get_i18n_options as OPERATION

if TYPE_CHECKING:
    pass


def _get_kwargs(
    lang_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/i18n/{lang_code}".format(
            lang_code=path_segment("get_i18n_options", "lang_code", lang_code, str),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetI18nOptionsResponse200:
    parse_ctx = ParseContext(response, OPERATION.name)
    if response.status_code == 200:
        response_200 = GetI18nOptionsResponse200._lazy(response_json(response), parse_ctx)

        return response_200

    # Another 2xx than documented: read its body as the documented one.
    response_200 = GetI18nOptionsResponse200._lazy(response_json(response), parse_ctx)

    return response_200


def _parsed(client: OperationClient, response: httpx.Response) -> GetI18nOptionsResponse200:
    try:
        parsed = _parse_response(response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, OPERATION.name, exc) from exc
    if client.strict_responses:
        materialize(parsed)
    return parsed


async def asyncio_detailed(
    lang_code: str,
    *,
    client: OperationClient,
) -> Response[GetI18nOptionsResponse200]:
    """Get Internationalization Options

    ``GET /v1/i18n/{lang_code}``

    Translation is available in one of the languages:
    - Latvian - 'lv-LV'
    - English - 'en-US'
    - Estonian - 'ee-EE'
    - Lithuanian - 'lt-LT'
    - German - 'de-DE'
    - Ukrainian - 'uk-UK'

    Args:
        lang_code (str):

    Raises:
        AltegioError: an error answer (APIStatusError and its subclasses by status), no answer
            (APIConnectionError, APITimeoutError), or a body that contradicts the documented schema
            (ResponseSchemaError).

    Returns:
        Response[GetI18nOptionsResponse200]: status, headers and the parsed body (low-level).
    """

    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            lang_code,
        ),
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parsed(client, response),
    )


async def asyncio(
    lang_code: str,
    *,
    client: OperationClient,
) -> GetI18nOptionsResponse200:
    """get_i18n_options: the parsed body (see ``asyncio_detailed``)."""
    response = await client.send_operation(
        OPERATION,
        _get_kwargs(
            lang_code,
        ),
    )
    return _parsed(client, response)
