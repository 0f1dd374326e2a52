"""An asyncio event loop on a virtual clock: whenever every task is waiting, time jumps ahead.

``loop.time()`` starts at 0 and moves only when the loop would otherwise sleep; it then moves
exactly to the next timer (at least 1 µs, so a timer that float rounding puts a hair in the
future cannot stall the loop). Tests measure waits in loop time and finish at once.
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Coroutine, Mapping
from typing import Any, TypeVar

T = TypeVar("T")

MIN_STEP = 1e-6


class _VirtualSelector(selectors.BaseSelector):
    def __init__(self) -> None:
        self._real = selectors.DefaultSelector()
        self.loop: FakeClockLoop | None = None

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._real.unregister(fileobj)

    def modify(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.modify(fileobj, events, data)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        events = self._real.select(0)
        loop = self.loop
        assert loop is not None
        if events or loop.has_ready_callbacks():
            return events
        if timeout is None:
            raise RuntimeError("fake clock: every task is waiting and no timer is scheduled (deadlock)")
        # Nothing can run until a timer is due: jump to it. A timer already "due" by float
        # rounding (aiolimiter re-arms one at the same instant) still gets MIN_STEP, or the
        # loop would spin at that instant forever.
        loop.advance(max(timeout, MIN_STEP))
        return []

    def get_map(self) -> Mapping[Any, selectors.SelectorKey]:
        return self._real.get_map()

    def close(self) -> None:
        self._real.close()


class FakeClockLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        selector = _VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        self._now = 0.0

    def time(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds

    def has_ready_callbacks(self) -> bool:
        return bool(self._ready)  # type: ignore[attr-defined]


def on_fake_clock(body: Coroutine[Any, Any, T]) -> T:
    """Run ``body`` to completion on a fresh :class:`FakeClockLoop`."""
    loop = FakeClockLoop()
    try:
        return loop.run_until_complete(body)
    finally:
        loop.close()
