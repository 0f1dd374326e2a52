"""A loopback HTTP/1.1 server that misbehaves on cue: the fault suite's only server.

``async with LoopbackServer(answer(200), cut_mid_body()) as server`` listens on 127.0.0.1 (a
free port) and answers the n-th request that arrives with the n-th responder (the last one
repeats). It records every request it read in full (``arrivals``: method, target, headers,
body, which connection) and counts connections. It stops itself after ``lifetime`` seconds
and on exit aborts every connection, so no test can leave it running.

The responders write raw bytes, so a fault is exactly what a real network or server does:
a reset (RST, via ``SO_LINGER`` 0) in the middle of a body, a byte every 200 ms, a corrupt
gzip stream, a connection closed after an answer.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import ssl
import struct
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any


@dataclass
class Arrival:
    """One request the server read in full."""

    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    connection: int  # 1-based, in order of acceptance


Responder = Callable[[Arrival, asyncio.StreamWriter], Awaitable[None]]


class LoopbackServer:
    """See the module docstring."""

    def __init__(self, *script: Responder, tls: ssl.SSLContext | None = None, lifetime: float = 10.0) -> None:
        if not script:
            raise ValueError("a LoopbackServer needs at least one responder")
        self.script = script
        self.tls = tls
        self.lifetime = lifetime
        self.arrivals: list[Arrival] = []
        self.connections = 0
        self.url = ""
        self.port = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None
        self._stop: asyncio.TimerHandle | None = None

    @property
    def api(self) -> str:
        """The base URL to give the client (``http://127.0.0.1:<port>/api``)."""
        return self.url + "/api"

    async def __aenter__(self) -> LoopbackServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"
        self._stop = asyncio.get_running_loop().call_later(self.lifetime, self.close)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
        if self._stop is not None:
            self._stop.cancel()
        await asyncio.sleep(0)  # let aborted connections finish their callbacks

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        connection = self.connections
        self._writers.add(writer)
        try:
            while not writer.is_closing():
                arrival = await _read_request(reader, connection)
                if arrival is None:
                    break
                self.arrivals.append(arrival)
                await self.script[min(len(self.arrivals), len(self.script)) - 1](arrival, writer)
        except ValueError:  # not HTTP (a TLS hello): answer as a plain server does
            writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass  # the client went away: nothing to answer
        finally:
            self._writers.discard(writer)
            writer.close()


async def _read_request(reader: asyncio.StreamReader, connection: int) -> Arrival | None:
    first = await reader.read(1)
    if not first:
        return None
    if first == b"\x16":  # a TLS ClientHello on this plain port: not HTTP, no request to read
        raise ValueError("TLS spoken to a plain HTTP server")
    line = first + await reader.readline()
    method, target, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, value = header.decode("latin-1").split(":", 1)
        headers[name.strip().lower()] = value.strip()
    size = int(headers.get("content-length", "0"))
    body = await reader.readexactly(size) if size else b""
    return Arrival(method, target, headers, body, connection)


def envelope(data: Any = None) -> bytes:
    return json.dumps({"success": True, "data": {} if data is None else data, "meta": []}).encode()


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Status"] + [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reset(writer: asyncio.StreamWriter) -> None:
    """Drop the connection with a TCP RST, as a crashing server or a middlebox does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


# -- responders ------------------------------------------------------------------------------


def answer(
    status: int = 200, body: bytes | None = None, headers: dict[str, str] | None = None, *, close: bool = False
) -> Responder:
    """A complete answer (JSON envelope by default); ``close``: then close the connection,
    without ``Connection: close`` (a keep-alive connection the server drops while idle)."""
    content = envelope({"id": 1}) if body is None else body

    async def respond(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
        head = {"Content-Type": "application/json", "Content-Length": str(len(content)), **(headers or {})}
        writer.write(_head(status, head) + content)
        await writer.drain()
        if close:
            writer.close()

    return respond


def error(status: int, message: str = "failed", headers: dict[str, str] | None = None) -> Responder:
    body = json.dumps({"success": False, "data": None, "meta": {"message": message}}).encode()
    return answer(status, body, headers)


def cut_mid_body(total: int = 4000, sent: int = 100) -> Responder:
    """Headers promising ``total`` bytes, ``sent`` of them, then a reset."""

    async def respond(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": str(total)}) + b" " * sent)
        await writer.drain()
        await asyncio.sleep(0.05)  # let the client start reading the body
        reset(writer)

    return respond


async def reset_after_reading(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
    """The request (body included) was read; the answer is a reset."""
    reset(writer)


async def close_without_answer(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
    writer.close()


def drip(interval: float = 0.2, size: int = 1000) -> Responder:
    """A complete header, then the body one byte every ``interval`` seconds."""

    async def respond(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
        writer.write(_head(200, {"Content-Type": "application/json", "Content-Length": str(size)}))
        for _ in range(size):
            writer.write(b" ")
            await writer.drain()
            await asyncio.sleep(interval)

    return respond


def silent(seconds: float = 30.0) -> Responder:
    """Reads the request and never answers."""

    async def respond(arrival: Arrival, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(seconds)

    return respond


def gzipped(body: bytes) -> Responder:
    return answer(200, body, {"Content-Encoding": "gzip"})


def gzip_envelope(data: Any = None) -> bytes:
    return gzip.compress(envelope(data))


def corrupt_gzip() -> bytes:
    """A gzip header followed by bytes that are not a deflate stream."""
    good = gzip_envelope({"id": 1})
    return good[:10] + b"\xff" * (len(good) - 10)


def gzip_bomb(decoded_size: int) -> bytes:
    """About ``decoded_size / 1000`` bytes of gzip that inflate to ``decoded_size`` zero bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(decoded_size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)
