"""Exact-wire fixtures: the request the transport receives, byte for byte.

Prism validates requests against the corrected document, so it cannot tell a wrong wire name
from a right one; these tests pin what the backend actually reads (docs/wire-corrections.md).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient

OK = {"success": True, "data": [], "meta": []}


class Wire:
    """Records every request and answers each with ``answer`` (a JSON body, HTTP 200)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answer: Any = OK

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]

    @property
    def query(self) -> str:
        """The raw query string, as percent-encoded on the wire."""
        return self.last.url.query.decode()

    @property
    def body(self) -> Any:
        return json.loads(self.last.content)


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
async def client(wire: Wire) -> AsyncIterator[AltegioClient]:
    async with AltegioClient(
        partner_token="partner", user_token="user", transport=httpx.MockTransport(wire.handle), rate_limiter=None
    ) as altegio:
        yield altegio
