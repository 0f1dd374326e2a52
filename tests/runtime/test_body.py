"""read_body and RetryTransport's cap: decoding and limits without a network."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator

import httpx
import pytest

from altegio_client import ResponseDecodingError, ResponseTooLargeError, RetryPolicy
from altegio_client._body import read_body
from altegio_client._operation import OPERATION_EXTENSION, Operation
from altegio_client._retries import RetryTransport

REQUEST = httpx.Request(
    "GET",
    "https://api.alteg.io/api/v1/company/1",
    extensions={OPERATION_EXTENSION: Operation("op", "GET", "/v1/company/{id}", "partner")},
)


class Chunks(httpx.AsyncByteStream):
    """A streamed body, as a network transport hands it over (not read yet)."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def streamed(body: bytes, encoding: str | None = None, split: int = 7) -> httpx.Response:
    headers = {"Content-Encoding": encoding} if encoding else {}
    parts = [body[i : i + split] for i in range(0, len(body), split)]
    return httpx.Response(200, headers=headers, stream=Chunks(*parts))


TEXT = b'{"success": true, "data": {"title": "Salon"}, "meta": []}' * 50


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT, None),
        (gzip.compress(TEXT, mtime=0), "gzip"),
        (zlib.compress(TEXT), "deflate"),  # zlib-wrapped
        (zlib.compress(TEXT)[2:-4], "deflate"),  # raw deflate, as some servers send it
        (TEXT, "identity"),
    ],
    ids=["plain", "gzip", "zlib", "raw-deflate", "identity"],
)
async def test_read_body_decodes_what_httpx_would(encoded: bytes, encoding: str | None) -> None:
    read = await read_body(streamed(encoded, encoding), REQUEST, 1 << 20)
    assert read.content == TEXT
    assert read.is_closed
    assert (await read.aread()) == TEXT  # as httpx's own read leaves it: not decoded twice


async def test_a_gzip_stream_that_ends_early_is_a_decoding_error() -> None:
    with pytest.raises(ResponseDecodingError, match="ended early"):
        await read_body(streamed(gzip.compress(TEXT)[:-12], "gzip"), REQUEST, 1 << 20)


@pytest.mark.parametrize("encoding", [None, "gzip"])
async def test_a_body_one_byte_over_the_cap_is_refused(encoding: str | None) -> None:
    body = gzip.compress(TEXT) if encoding else TEXT
    assert (await read_body(streamed(body, encoding), REQUEST, len(TEXT))).content == TEXT
    with pytest.raises(ResponseTooLargeError, match=f"{len(TEXT) - 1}-byte limit") as caught:
        await read_body(streamed(body, encoding), REQUEST, len(TEXT) - 1)
    assert caught.value.limit == len(TEXT) - 1
    assert caught.value.operation == "op"


async def test_retry_transport_caps_the_body_at_max_response_size() -> None:
    inner = httpx.MockTransport(lambda request: streamed(TEXT))
    transport = RetryTransport(inner, RetryPolicy(), max_response_size=100)
    with pytest.raises(ResponseTooLargeError):
        await transport.handle_async_request(REQUEST)
    with pytest.raises(ValueError, match="max_response_size"):
        RetryTransport(inner, RetryPolicy(), max_response_size=0)


async def test_a_plain_body_of_declared_length_within_the_cap_is_read_in_place() -> None:
    response = httpx.Response(200, headers={"Content-Length": str(len(TEXT))}, stream=Chunks(TEXT[:9], TEXT[9:]))
    read = await read_body(response, REQUEST, len(TEXT))
    assert read is response  # no second response built
    assert read.content == TEXT
    assert read.headers["Content-Length"] == str(len(TEXT))
    assert read.is_closed


async def test_a_declared_length_over_the_cap_is_read_against_the_cap() -> None:
    response = httpx.Response(200, headers={"Content-Length": str(len(TEXT))}, stream=Chunks(TEXT))
    with pytest.raises(ResponseTooLargeError):
        await read_body(response, REQUEST, len(TEXT) - 1)
