from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import respx

from altegio_client import AltegioClient
from altegio_client._lazy import _LazilyRead

API = "https://api.alteg.io/api"
PARTNER = "partner-SECRET-1111"
USER = "user-SECRET-2222"


def ok(data: object = None, meta: object = None) -> dict[str, object]:
    return {"success": True, "data": data if data is not None else {}, "meta": meta if meta is not None else []}


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def client(api: respx.MockRouter) -> AsyncIterator[AltegioClient]:
    async with AltegioClient(partner_token=PARTNER, rate_limiter=None) as altegio:
        yield altegio


@pytest.fixture
async def user_client(api: respx.MockRouter) -> AsyncIterator[AltegioClient]:
    async with AltegioClient(partner_token=PARTNER, user_token=USER, rate_limiter=None) as altegio:
        yield altegio


class CountingLimiter:
    """A limiter that admits at once and counts admissions (a late first send is not counted)."""

    slack = 0.0

    def __init__(self) -> None:
        self.acquired = 0

    async def acquire(self) -> None:
        self.acquired += 1

    async def readmit(self) -> None:
        return None


@pytest.fixture
def slot_misses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names read from an empty slot (each a failed lookup plus a call into Python)."""
    misses: list[str] = []
    original = _LazilyRead.__getattr__  # what lazily read models have (see lazily_read_class)

    def counting(self: Any, name: str) -> Any:
        misses.append(name)
        return original(self, name)

    monkeypatch.setattr(_LazilyRead, "__getattr__", counting)
    return misses
