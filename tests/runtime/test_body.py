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
    with pytest.raises(ResponseDecodingError, match=r"\(Content-Encoding: gzip: the compressed stream ended early\)$"):
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


def deflate_then_gzip(body: bytes) -> bytes:
    """``Content-Encoding: deflate, gzip``: deflated first, then gzipped (read back in reverse)."""
    return gzip.compress(zlib.compress(body), mtime=0)


async def test_a_body_of_several_codings_is_decoded_through_httpx_and_capped_too() -> None:
    body = bytes(range(256)) * 8  # 2 KiB that compresses poorly: many decoded chunks
    encoded = deflate_then_gzip(body)
    read = await read_body(streamed(encoded, "deflate, gzip", split=64), REQUEST, len(body))
    assert read.content == body  # exactly the cap is allowed
    assert "Content-Encoding" not in read.headers
    with pytest.raises(ResponseTooLargeError) as caught:
        await read_body(streamed(encoded, "deflate, gzip", split=64), REQUEST, len(body) - 1)
    assert (caught.value.limit, caught.value.operation) == (len(body) - 1, "op")


async def test_a_body_already_read_is_capped_at_exactly_the_limit() -> None:
    made = httpx.Response(200, content=TEXT)  # as httpx.MockTransport hands it over: read already
    assert (await read_body(made, REQUEST, len(TEXT))) is made
    with pytest.raises(ResponseTooLargeError) as caught:
        await read_body(httpx.Response(200, content=TEXT), REQUEST, len(TEXT) - 1)
    assert (caught.value.limit, caught.value.operation) == (len(TEXT) - 1, "op")


@pytest.mark.parametrize("encoding", [None, "gzip", "deflate, gzip"])
async def test_the_decoded_response_keeps_the_request_status_headers_and_extensions(encoding: str | None) -> None:
    encoded = {None: TEXT, "gzip": gzip.compress(TEXT), "deflate, gzip": deflate_then_gzip(TEXT)}[encoding]
    response = streamed(encoded, encoding)
    response.status_code = 201
    response.headers["X-Trace"] = "7"
    response.extensions["http_version"] = b"HTTP/1.1"
    read = await read_body(response, REQUEST, 1 << 20)
    assert (read.content, read.status_code, read.headers["X-Trace"]) == (TEXT, 201, "7")
    assert read.request is REQUEST
    assert read.extensions["http_version"] == b"HTTP/1.1"


@pytest.mark.parametrize("wrapped", [True, False], ids=["zlib", "raw-deflate"])
async def test_a_deflate_stream_that_ends_early_is_a_decoding_error(wrapped: bool) -> None:
    encoded = zlib.compress(TEXT) if wrapped else zlib.compress(TEXT)[2:-4]
    with pytest.raises(ResponseDecodingError, match="ended early"):
        await read_body(streamed(encoded[: len(encoded) // 2], "deflate", split=16), REQUEST, 1 << 20)


@pytest.fixture
def inflated(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every piece zlib inflates (each call of the inflater) while the test runs."""
    from altegio_client import _body

    pieces: list[int] = []
    inflate, finish = _body._Inflater.inflate, _body._Inflater.finish

    def counting_inflate(self: _body._Inflater, data: bytes, room: int) -> bytes:
        out = inflate(self, data, room)
        pieces.append(len(out))
        return out

    def counting_finish(self: _body._Inflater) -> bytes:
        out = finish(self)
        pieces.append(len(out))
        return out

    monkeypatch.setattr(_body._Inflater, "inflate", counting_inflate)
    monkeypatch.setattr(_body._Inflater, "finish", counting_finish)
    return pieces


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize("split", [7, 100, 10_000])
async def test_zlib_never_inflates_more_than_one_byte_past_the_cap(
    inflated: list[int], encoding: str, split: int
) -> None:
    bomb = b"\0" * 200_000
    encoded = gzip.compress(bomb) if encoding == "gzip" else zlib.compress(bomb)
    with pytest.raises(ResponseTooLargeError):
        await read_body(streamed(encoded, encoding, split=split), REQUEST, 50_000)
    assert sum(inflated) == 50_001
    for cap in (len(TEXT) - 1, len(TEXT), len(TEXT) + 1):
        inflated.clear()
        compressed = gzip.compress(TEXT) if encoding == "gzip" else zlib.compress(TEXT)
        if cap < len(TEXT):
            with pytest.raises(ResponseTooLargeError):
                await read_body(streamed(compressed, encoding, split=split), REQUEST, cap)
        else:
            assert (await read_body(streamed(compressed, encoding, split=split), REQUEST, cap)).content == TEXT
        assert sum(inflated) == min(len(TEXT), cap + 1)


def raw_deflate(body: bytes) -> bytes:
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return squeezer.compress(body) + squeezer.flush()


def held_back_at_the_end(encoded: bytes) -> bytes:
    """What zlib still holds once ``read_body``'s loop (steps of ``_STEP``) has used up ``encoded``."""
    from altegio_client._body import _STEP

    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    data = encoded
    while data:
        inflater.decompress(data, _STEP)
        data = inflater.unconsumed_tail
    return inflater.flush()


# A raw deflate stream of zeros one step and 100 bytes long: zlib reads its last bits while the
# output of the step is full, and gives the last 100 bytes only when flushed at the end.
HELD_BACK = b"\0" * ((1 << 20) + 100)


async def test_the_bytes_zlib_gives_only_at_the_end_are_part_of_the_body_and_of_the_cap() -> None:
    encoded = raw_deflate(HELD_BACK)
    assert len(held_back_at_the_end(encoded)) == 100  # the case this test is about (zlib's behaviour)
    read = await read_body(streamed(encoded, "deflate", split=len(encoded)), REQUEST, len(HELD_BACK))
    assert read.content == HELD_BACK  # exactly the cap is allowed, the held-back bytes included
    with pytest.raises(ResponseTooLargeError) as caught:
        await read_body(streamed(encoded, "deflate", split=len(encoded)), REQUEST, len(HELD_BACK) - 1)
    assert caught.value.limit == len(HELD_BACK) - 1


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_an_empty_compressed_body_reads_as_empty(encoding: str) -> None:
    # A 204 or a HEAD answer may carry Content-Encoding with no body at all: httpx reads it as empty.
    read = await read_body(httpx.Response(200, headers={"Content-Encoding": encoding}, stream=Chunks()), REQUEST, 10)
    assert read.content == b""


async def test_raw_deflate_labelled_gzip_is_a_decoding_error() -> None:
    # The raw-deflate fallback is for `deflate`, which servers send either way; gzip has a header.
    with pytest.raises(ResponseDecodingError, match="Content-Encoding: gzip"):
        await read_body(streamed(raw_deflate(TEXT), "gzip"), REQUEST, 1 << 20)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_bomb_is_stopped_one_byte_past_a_cap_that_is_a_whole_number_of_steps(
    inflated: list[int], encoding: str
) -> None:
    from altegio_client import _body

    bomb = b"\0" * (3 * _body._STEP)
    encoded = gzip.compress(bomb) if encoding == "gzip" else zlib.compress(bomb)
    # The first step fills the cap exactly with input left over: one more byte proves it too large.
    with pytest.raises(ResponseTooLargeError):
        await read_body(streamed(encoded, encoding, split=len(encoded)), REQUEST, _body._STEP)
    assert sum(inflated) == _body._STEP + 1
