from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._envelope import response_json
from ..._exceptions import ResponseSchemaError
from ..._lazy import ParseContext, materialize
from ...client import AuthenticatedClient, Client
from ...models.get_i18_n_options_response_200 import GetI18nOptionsResponse200
from ...models.not_found_response_404 import NotFoundResponse404
from ...models.unauthorized_response_401 import UnauthorizedResponse401
from ...types import Response


def _get_kwargs(
    lang_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/i18n/{lang_code}".format(
            lang_code=quote(str(lang_code), safe=""),
        ),
        "extensions": {"altegio_operation": "get_i18n_options"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    parse_ctx = ParseContext(response, "get_i18n_options")
    if response.status_code == 200:
        response_200 = GetI18nOptionsResponse200._lazy(response_json(response), parse_ctx)

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
) -> Response[GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseSchemaError(response, "get_i18n_options", exc) from exc
    if getattr(client, "strict_responses", False):
        materialize(parsed)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio_detailed(
    lang_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401]:
    """Get Internationalization Options

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401]
    """

    kwargs = _get_kwargs(
        lang_code=lang_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang_code: str,
    *,
    client: AuthenticatedClient,
) -> GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401 | None:
    """Get Internationalization Options

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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetI18nOptionsResponse200 | NotFoundResponse404 | UnauthorizedResponse401
    """

    return (
        await asyncio_detailed(
            lang_code=lang_code,
            client=client,
        )
    ).parsed
