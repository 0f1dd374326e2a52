"""The deadline of each call: one timer for all the calls on an event loop.

A call still running at its deadline is cancelled, and
:class:`~altegio_client._retries.RetryTransport` raises :class:`~altegio_client.APITimeoutError`
for it. Nearly every call ends long before its deadline (90 s by default), so a timer armed and
cancelled per call, as ``asyncio.timeout`` does, is work thrown away on every call: an
event-loop ``TimerHandle`` pushed on the loop's heap and left there cancelled, 20 k CPU
instructions and about 2 % of a small loopback GET on the clock (an anyio cancel scope: 70 k;
docs/performance.md). Instead, :class:`CallDeadlines` keeps the calls in flight on one loop in a
set, behind one timer armed at the earliest deadline among them. A call that ends joins and
leaves the set, and arms nothing while a timer is armed at or before its deadline, as it is for
every call but the first of a run of calls with equal deadlines. When the timer fires, it
cancels the calls whose deadline has passed and arms itself at the earliest of the others.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEADLINE_EXTENSION", "CallDeadline", "CallDeadlines"]

#: request extension holding the call's :class:`CallDeadline`
DEADLINE_EXTENSION = "altegio_deadline"


class CallDeadlines:
    """The deadlines of the calls in flight on one event loop, behind one timer."""

    __slots__ = ("_calls", "_timer", "_timer_at", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._calls: set[CallDeadline] = set()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = math.inf

    def start(self, seconds: float) -> CallDeadline:
        """The deadline, ``seconds`` from now, of the call the running task makes now."""
        return CallDeadline(self, seconds)

    def _watch(self, deadline: CallDeadline) -> None:
        self._calls.add(deadline)
        if deadline.at < self._timer_at:
            self._arm(deadline.at)

    def _forget(self, deadline: CallDeadline) -> None:
        # The timer stays: it finds nothing due when it fires, and arms for the calls left.
        self._calls.discard(deadline)

    def _arm(self, at: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = at
        self._timer = self.loop.call_at(at, self._expire_due)

    def _expire_due(self) -> None:
        # The loop runs a timer up to its clock's resolution early: what the timer was armed
        # for is due, whatever the clock says.
        due_by = max(self.loop.time(), self._timer_at)
        self._timer, self._timer_at = None, math.inf
        for deadline in [deadline for deadline in self._calls if deadline.at <= due_by]:
            self._calls.discard(deadline)
            deadline._expire()
        if self._calls:
            self._arm(min(deadline.at for deadline in self._calls))


class CallDeadline:
    """The deadline of one call: at :attr:`at` (event loop time) it cancels the call's task.

    :class:`~altegio_client._retries.RetryTransport` puts it in the request's extensions
    (:data:`DEADLINE_EXTENSION`); :class:`~altegio_client._limiter.RateLimitedTransport` waits
    for its slot inside :meth:`paused`, as the queue is the caller's own making, not the
    server's delay.
    """

    __slots__ = ("_cancelling", "_deadlines", "_task", "at", "expired")
    _cancelling: int  # the task's cancellation requests when the call began (Python 3.11+)

    def __init__(self, deadlines: CallDeadlines, seconds: float) -> None:
        import asyncio  # imported on first use, not with the SDK (a fast import is a goal)

        loop = deadlines.loop
        task = asyncio.current_task(loop)
        if task is None:
            raise RuntimeError("a call deadline needs a running asyncio task")
        self._task = task
        if sys.version_info >= (3, 11):  # asyncio counts cancellation requests: it takes back its own
            self._cancelling = task.cancelling()
        self._deadlines = deadlines
        self.at = loop.time() + seconds
        #: whether the deadline has passed and cancelled the call
        self.expired = False
        deadlines._watch(self)

    def _expire(self) -> None:
        self.expired = True
        self._task.cancel()

    def settle(self) -> bool:
        """Stop watching (the call is over); whether the deadline cancelled the call.

        Where it did, its cancellation request is taken back (``Task.uncancel``, Python 3.11+),
        and True means the call's ``CancelledError`` is the deadline's alone, not also the
        caller's; on Python 3.10, which cannot tell them apart, it is True.
        """
        self._deadlines._forget(self)
        if not self.expired:
            return False
        if sys.version_info >= (3, 11):
            return self._task.uncancel() <= self._cancelling
        # Python 3.10: asyncio keeps no count (a backported task may keep one, which anyio's
        # scopes there bump on their own, so it is not read either).
        return True

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The time spent inside does not count against the deadline."""
        deadlines = self._deadlines
        deadlines._forget(self)
        start = deadlines.loop.time()
        try:
            yield
        finally:
            self.at += deadlines.loop.time() - start
            if not self.expired:  # cancelled already (before the pause): never twice
                deadlines._watch(self)
