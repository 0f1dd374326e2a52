"""A proxy from the environment (or ``proxy=``) is used under the SDK's layers, not instead of them.

httpx chooses a proxy transport before its own ``transport``; the SDK therefore builds its
outer client with ``trust_env=False`` and lets the bottom layer pick the proxy. These tests run
a real HTTP proxy on loopback (it answers itself, as a proxy that refuses or relays would).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from altegio_client import AltegioClient, APIConnectionError, NotFoundError

from .conftest import CountingLimiter

BASE = "http://altegio.test/api"  # never resolved: every request must go to the proxy


class LoopbackProxy:
    """Records each proxied request line and answers from ``answers`` in turn."""

    def __init__(self, answers: list[tuple[int, dict[str, str], dict[str, object]]]) -> None:
        self.answers = answers
        self.request_lines: list[str] = []
        self.server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return  # the client closed its connection
            lines = head.decode().split("\r\n")
            self.request_lines.append(lines[0])
            length = next((int(line.split(":")[1]) for line in lines if line.lower().startswith("content-length")), 0)
            await reader.readexactly(length)
            status, headers, body = self.answers.pop(0)
            payload = json.dumps(body).encode()
            extra = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
            writer.write(
                f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
                f"{extra}\r\n".encode()
                + payload
            )
            await writer.drain()
            if not self.answers:
                writer.close()
                return

    async def __aenter__(self) -> LoopbackProxy:
        self.server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()


Answer = tuple[int, dict[str, str], dict[str, object]]
OK: Answer = (200, {}, {"success": True, "data": {"id": 7}, "meta": []})
RATE_LIMITED: Answer = (429, {"Retry-After": "0"}, {"success": False, "meta": {"message": "Too many requests"}})


@pytest.fixture
async def proxy() -> AsyncIterator[LoopbackProxy]:
    async with LoopbackProxy([RATE_LIMITED, OK]) as server:
        yield server


async def test_a_proxy_from_the_environment_is_throttled_retried_and_typed(
    proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    limiter = CountingLimiter()
    async with AltegioClient(partner_token="p", base_url=BASE, rate_limiter=limiter) as client:
        location = await client.locations.get_location(1)
    assert location.id == 7  # the envelope layer unwrapped it
    assert proxy.request_lines == ["GET http://altegio.test/api/v1/company/1 HTTP/1.1"] * 2  # 429 retried
    assert limiter.acquired == 2  # both attempts waited for a slot


async def test_proxy_argument_is_used_under_the_layers(proxy: LoopbackProxy) -> None:
    proxy.answers = [(404, {}, {"success": False, "meta": {"message": "Not found"}})]
    async with AltegioClient(partner_token="p", base_url=BASE, proxy=proxy.url, rate_limiter=None) as client:
        with pytest.raises(NotFoundError, match="Not found"):
            await client.locations.get_location(1)
    assert proxy.request_lines == ["GET http://altegio.test/api/v1/company/1 HTTP/1.1"]


async def test_a_dead_proxy_from_the_environment_is_a_typed_connection_error(monkeypatch: pytest.MonkeyPatch) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()  # the port is now closed: connections are refused
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    async with AltegioClient(partner_token="p", base_url=BASE, rate_limiter=None, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.locations.get_location(1)


async def test_trust_env_false_ignores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    client = AltegioClient(partner_token="p", trust_env=False)
    assert type(client._routing.inner).__name__ == "AsyncHTTPTransport"
    await client.aclose()
