"""A request after the first imports nothing: no module search on the request path.

httpcore 1.0 runs ``import sniffio`` in every request. Where sniffio is not installed (anyio
4.11 stopped bringing it) that import fails, and Python searches ``sys.path`` again each time:
about 150 us of every request (encode/httpcore#1103). altegio-client depends on sniffio, so the
import is a ``sys.modules`` lookup.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import anyio

from altegio_client import AltegioClient, RateLimiter, unwrap
from altegio_client.api.locations import get_location

from .conftest import BOUND, PARTNER, USER
from .server import LoopbackServer, answer


class _SearchRecorder(importlib.abc.MetaPathFinder):
    """Notes every module Python searches for (a module in ``sys.modules`` is never searched)."""

    def __init__(self) -> None:
        self.searched: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        self.searched.append(fullname)
        return None  # the other finders decide


async def test_a_request_after_the_first_searches_for_no_module() -> None:
    recorder = _SearchRecorder()
    async with (
        LoopbackServer(answer(200)) as server,
        AltegioClient(
            partner_token=PARTNER, user_token=USER, base_url=server.api, rate_limiter=RateLimiter()
        ) as client,
    ):
        with anyio.fail_after(BOUND):
            assert unwrap(await get_location.asyncio_detailed(client=client, location_id=1)).id == 1  # imports
            sys.meta_path.insert(0, recorder)
            try:
                for _ in range(2):
                    assert unwrap(await get_location.asyncio_detailed(client=client, location_id=1)).id == 1
            finally:
                sys.meta_path.remove(recorder)
    assert recorder.searched == []
