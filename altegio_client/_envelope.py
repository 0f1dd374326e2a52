"""Altegio's ``{"success", "data", "meta"}`` envelope: typed errors, and the data out of it.

:class:`EnvelopeTransport` is the outermost transport of every :class:`AltegioClient`. It reads
each final response (after retries) once and raises before generated code sees it:

- 4xx/5xx -> the :class:`APIStatusError` subclass for the status, with ``meta.message`` and
  ``meta.errors``, whatever the body is (an HTML 502 page still gives :class:`ServerError`);
  a 401 to a request that carried a user token -> :class:`UserTokenRejectedError` (stale token);
- 2xx whose body is not JSON (HTML, truncated) -> :class:`APIResponseValidationError`; an
  empty 2xx passes (many operations document none) and, where the operation documents a JSON
  body, the generated parser raises :class:`ResponseSchemaError`;
- 2xx with ``"success": false`` -> :class:`UnsuccessfulResponseError`.

Binary responses (the PDF receipt) pass through untouched. The response handed on is the
transport's own (read, connection released), and the parsed JSON rides along in its
``extensions``, taken once by the generated parser (:func:`response_json`) so the body is
parsed once per call.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, overload

import httpx

from ._auth import sent_user_token
from ._exceptions import (
    AltegioError,
    APIResponseValidationError,
    UnsuccessfulResponseError,
    UserTokenRejectedError,
    error_class_for,
)
from .types import UNSET, Response, Unset

__all__ = ["JSON_EXTENSION", "EnvelopeTransport", "response_json", "unwrap"]

_BINARY_TYPES = ("application/pdf", "application/octet-stream", "image/", "audio/", "video/")
_NOT_PARSED: Any = object()
#: response extension holding the JSON the envelope check parsed
JSON_EXTENSION = "altegio_json"


def response_json(response: httpx.Response) -> Any:
    """The body's JSON: the envelope's parse, handed over once, else ``response.json()``.

    Handed over, not kept: httpx responses sit in a reference cycle (response <-> its bound
    stream) that only the cyclic GC frees; parsed JSON left on one would live, and be
    traversed by the GC, until then.
    """
    payload = response.extensions.pop(JSON_EXTENSION, _NOT_PARSED)
    return response.json() if payload is _NOT_PARSED else payload


def _parse(response: httpx.Response) -> tuple[Any, str | None]:
    """(payload, None) or (None, why the body is not JSON)."""
    body = response.content
    if not body or body.isspace():  # not strip(): that copies the body
        return None, "empty body where JSON was expected"
    try:
        return json.loads(body), None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        content_type = response.headers.get("Content-Type", "no Content-Type")
        return None, f"body is not valid JSON ({content_type}, {len(body)} bytes: {exc})"


class EnvelopeTransport(httpx.AsyncBaseTransport):
    """Raises typed errors for error responses; see the module docstring."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        response.request = request  # errors raised here describe it (httpx sets it only later)
        try:
            await response.aread()  # RetryTransport has read it (bounded); this covers a stack without it
        finally:
            await response.aclose()  # frees the connection
        status = response.status_code
        if status >= 400:
            payload, problem = _parse(response)
            error = error_class_for(status)
            if status == 401 and sent_user_token(request):
                error = UserTokenRejectedError
            raise error(response, payload, None if isinstance(payload, dict) else _summary(response, problem is None))
        if not response.content or response.headers.get("Content-Type", "").startswith(_BINARY_TYPES):
            # No body (204, or a 2xx documented without content) or a binary one: nothing to
            # check here. Where a JSON body was documented, the generated parser raises
            # ResponseSchemaError, naming the operation.
            return response
        payload, problem = _parse(response)
        if problem is not None:
            raise APIResponseValidationError(response, problem)
        if isinstance(payload, dict) and payload.get("success") is False:
            raise UnsuccessfulResponseError(response, payload)
        response.extensions = {**response.extensions, JSON_EXTENSION: payload}
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _summary(response: httpx.Response, is_json: bool) -> str:
    content_type = response.headers.get("Content-Type", "no Content-Type")
    size = len(response.content)
    if not size:
        return "empty error body"
    kind = "JSON error body that is not Altegio's envelope" if is_json else "non-JSON error body"
    return f"{kind} ({content_type}, {size} bytes)"


D = TypeVar("D")


@overload
def unwrap(result: Any) -> Any: ...
@overload
def unwrap(result: Any, expected: type[D]) -> D: ...
def unwrap(result: Any, expected: type[Any] | None = None) -> Any:
    """The ``data`` of a successful call, in one line::

        from altegio_client import unwrap
        from altegio_client.api.locations import get_location

        location = unwrap(await get_location.asyncio_detailed(client=client, location_id=1))
        assert location.id == unwrap(await get_location.asyncio(client=client, location_id=1), type(location)).id

    Accepts what ``asyncio_detailed()`` or ``asyncio()`` returned. The value is the generated
    model of ``data`` (an attrs class, or a list of them). With ``expected`` the result is
    checked and statically typed as that class. Error statuses and ``success: false`` were
    already raised by the client; this raises :class:`AltegioError` only when there is no
    envelope to unwrap (an undocumented status, or no ``data``) or ``data`` is not ``expected``.
    """
    parsed = result.parsed if isinstance(result, Response) else result
    if parsed is None:
        status = f"HTTP {int(result.status_code)}" if isinstance(result, Response) else "no response"
        raise AltegioError(f"{status}: nothing to unwrap (the status is not documented for this operation)")
    data = getattr(parsed, "data", UNSET)
    if isinstance(data, Unset):
        raise AltegioError(f"{type(parsed).__name__} has no `data` to unwrap")
    if expected is not None and not isinstance(data, expected):
        raise AltegioError(f"expected {expected.__name__} in `data`, got {type(data).__name__}")
    return data
