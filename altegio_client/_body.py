"""Reading a response body whole, decoded, and never more than a cap.

:class:`RetryTransport` reads every body through :func:`read_body` inside its attempt, so a
connection that drops mid-body is a failed attempt like any other (retried where that is
safe) and the call's deadline covers the body too. The body is decoded here rather than by
httpx so that a small gzip body that inflates to gigabytes is stopped at the cap: zlib is
asked for at most the bytes the cap still allows, whatever the chunk inflates to. Encodings
other than gzip and deflate (``br``, ``zstd``: httpx asks for them only when their packages
are installed) go through httpx's decoders, checked after each chunk.
"""

from __future__ import annotations

import zlib

import httpx

from ._exceptions import ResponseDecodingError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_SIZE", "read_body"]

#: Default cap on a decoded body: far above any Altegio answer (a page of 1000 appointments
#: is a few MB), far below what would hurt a process.
DEFAULT_MAX_RESPONSE_SIZE = 50 * 1024 * 1024

#: Most bytes one zlib call may inflate: memory stays near what was read, not twice the cap.
_STEP = 1 << 20
_ZLIB_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class _Inflater:
    """zlib, each inflate asked for no more than ``room`` bytes; ``deflate`` may come raw or wrapped."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._zlib = zlib.decompressobj(_ZLIB_WBITS[encoding])
        self._started = False

    def inflate(self, data: bytes, room: int) -> bytes:
        if not self._started and self.encoding == "deflate":
            self._started = True
            try:
                return self._zlib.decompress(data, room)
            except zlib.error:  # servers send raw deflate as often as zlib-wrapped (httpx does the same)
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
        self._started = True
        return self._zlib.decompress(data, room)

    @property
    def pending(self) -> bytes:
        """Input zlib has not consumed yet because ``room`` ran out."""
        return self._zlib.unconsumed_tail

    def finish(self) -> bytes:
        # flush() takes no limit (its argument only sizes the first buffer); with the input used
        # up, zlib holds no more than the few codes left in its bit buffer.
        out = self._zlib.flush()
        if self._started and not self._zlib.eof:
            raise zlib.error("the compressed stream ended early")
        return out


_ENCODING_HEADERS = (b"content-encoding", b"content-length")


async def read_body(response: httpx.Response, request: httpx.Request, max_size: int) -> httpx.Response:
    """``response``, read whole and closed: ``content`` is the decoded body.

    Raises httpx's transport errors as they come (``ReadError``, ``RemoteProtocolError``,
    ``ReadTimeout``: the caller decides whether to retry), :class:`ResponseDecodingError`
    for a corrupt encoding and :class:`ResponseTooLargeError` past ``max_size`` decoded bytes.
    A plain body whose ``Content-Length`` is within the cap is read by httpx into this response;
    any other body that came off the network is read here, chunk by chunk against the cap, and
    handed on as a new response holding the decoded bytes (``Content-Encoding`` and the encoded
    ``Content-Length`` dropped, since they no longer describe it); one made from bytes (a mock
    transport) is handed on as it is.
    """
    response.request = request  # errors raised here describe it
    if response.is_stream_consumed:  # made from bytes (httpx.MockTransport, respx): read already
        if len(response.content) > max_size:
            raise ResponseTooLargeError(response, max_size)
        return response
    codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    declared = response.headers.get("Content-Length", "")
    if not codings and declared.isdigit() and int(declared) <= max_size:
        # Plain, with its length declared within the cap (the connection reads no further than
        # Content-Length): httpx's own read keeps this response; no second one is built.
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response
    try:
        if not codings or (len(codings) == 1 and codings[0] in _ZLIB_WBITS):
            body = await _read_inflating(response, codings[0] if codings else None, max_size)
        else:
            body = await _read_through_httpx(response, max_size)
    except (zlib.error, httpx.DecodingError) as exc:
        encoding = response.headers.get("Content-Encoding")
        raise ResponseDecodingError(
            response, f"the body could not be decoded (Content-Encoding: {encoding}: {exc})"
        ) from exc
    finally:
        await response.aclose()
    headers = [(name, value) for name, value in response.headers.raw if name.lower() not in _ENCODING_HEADERS]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=request, extensions=response.extensions
    )


async def _read_inflating(response: httpx.Response, encoding: str | None, max_size: int) -> bytes:
    inflater = _Inflater(encoding) if encoding else None
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        if inflater is None:
            size += len(chunk)
            parts.append(chunk)
        else:
            data = chunk
            while data:
                out = inflater.inflate(data, min(max_size - size + 1, _STEP))
                size += len(out)
                parts.append(out)
                if size > max_size:
                    break
                data = inflater.pending
        if size > max_size:
            raise ResponseTooLargeError(response, max_size)
    if inflater is not None:
        out = inflater.finish()
        size += len(out)
        parts.append(out)
        if size > max_size:
            raise ResponseTooLargeError(response, max_size)
    return b"".join(parts)


async def _read_through_httpx(response: httpx.Response, max_size: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_size:
            raise ResponseTooLargeError(response, max_size)
        parts.append(chunk)
    return b"".join(parts)
