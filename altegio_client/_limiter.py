"""Client-side throttling that stays inside both of Altegio's limits: 5 per second, 200 per minute.

Altegio allows "200 requests per minute or 5 per second per IP"; both apply, and the server
counts requests in sliding windows: a request is refused (HTTP 429) when 5 others arrived in
the second before it, or 200 in the minute before it.

Why not simply ``AsyncLimiter(200, 60)`` and ``AsyncLimiter(5, 1)``? aiolimiter is a leaky
bucket: capacity ``c = max_rate`` that drains at ``r = max_rate / time_period``. Starting
empty it admits ``c`` requests at once and then one every ``1/r`` seconds, so in any window of
``T`` seconds it admits up to ``c + r*T``:

- ``AsyncLimiter(200, 60)``: 200 at once, then 3.33/s: up to 400 in the first 60 s;
- ``AsyncLimiter(5, 1)``: 5 at once, then 5/s: up to 10 in the first second.

A sliding-window server rejects both. A bucket is safe for a limit ``(n, T)`` only when
``c + r*T <= n``. For the per-second limit that means ``c = 1``, ``r <= 5/s``: pacing, one
request every 0.2 s (``floor(T*r) + 1 = 5`` in any closed second). For the per-minute limit
it forces ``r <= (200 - c) / 60 = 3.3/s`` at *all* times: 300 requests would take 90 s, while
the server allows them in about 80 s (200 in the first 40 s at 5/s, then the next 100 as the
first ones leave the window). A bucket can't be both safe for the minute and fast for it.

So the limiter combines:

- for the shortest limit, an :class:`aiolimiter.AsyncLimiter` with ``max_rate=1`` and
  ``time_period=(T + slack)/n``: requests are paced ``(1 + slack)/5`` s apart, never more
  than 5 in any second, and no bursts that network jitter could squeeze together;
- for every longer limit, an exact sliding window: the admission times of the last ``n``
  requests; the next one waits until the oldest of them is ``T + slack`` seconds old.

Usable budget: 200 requests per ``60 + slack`` s (99.96 %) and ``5/(1 + slack)`` per second
(97.6 % with the default 25 ms slack, which only matters within a burst). The 300-request
run finishes in about 80.3 s against the 79 s minimum (98.4 %).

Waiting is fair (FIFO, one waiter admitted at a time; a request that finds nobody waiting and
room in every limit is admitted at once, without the queue), sleeps exactly as long as needed
(no polling), and is cancellation-safe: a slot is recorded only after every wait has finished, in
the same step, so a task cancelled while waiting never takes one. One limiter may be shared by
any number of clients and tasks on one event loop.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

import httpx

from ._deadlines import DEADLINE_EXTENSION, CallDeadline
from ._logging import ADMITTED_EXTENSION

if TYPE_CHECKING:
    import asyncio

    from aiolimiter import AsyncLimiter

__all__ = ["ALTEGIO_LIMITS", "LATE_SEND", "Limit", "Limiter", "RateLimitedTransport", "RateLimiter"]


class Limit(NamedTuple):
    """At most ``max_requests`` in any window of ``period`` seconds."""

    max_requests: int
    period: float


#: "200 requests per minute or 5 per second per IP" -- both apply.
ALTEGIO_LIMITS: tuple[Limit, ...] = (Limit(5, 1.0), Limit(200, 60.0))


class Limiter(Protocol):
    """What the client needs of a limiter: ``RateLimiter`` here, ``RedisRateLimiter`` across processes."""

    @property
    def slack(self) -> float:
        """Seconds each window is widened by: the margin that absorbs clock and network jitter."""
        ...

    async def acquire(self) -> None:
        """Wait for a slot for one request, and take it."""

    async def readmit(self) -> None:
        """Count, now, a request admitted earlier whose headers went out late (see RateLimitedTransport)."""


class AcquireOnEnter:
    """``async with limiter:`` waits for a slot (what ``aiolimiter.AsyncLimiter`` users expect)."""

    async def acquire(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


class _SlidingWindow:
    """Admission times of the last ``max_requests`` requests for one limit."""

    __slots__ = ("_times", "limit", "span")

    def __init__(self, limit: Limit, slack: float) -> None:
        self.limit = limit
        self.span = limit.period + slack
        self._times: deque[float] = deque(maxlen=limit.max_requests)

    def ready_at(self) -> float:
        """When one more request fits: the oldest of the last ``n`` leaves the window."""
        if len(self._times) < self.limit.max_requests:
            return float("-inf")
        return self._times[0] + self.span

    def record(self, now: float) -> None:
        self._times.append(now)


class RateLimiter(AcquireOnEnter):
    """Keeps requests within several sliding-window limits (Altegio's by default).

    ``async with limiter:`` (or ``await limiter.acquire()``) waits for a slot. ``slack`` widens
    every window by that many seconds, a margin for network jitter between the client's clock
    and the server's.
    """

    def __init__(self, limits: Sequence[Limit | tuple[int, float]] = ALTEGIO_LIMITS, *, slack: float = 0.025) -> None:
        parsed = sorted((Limit(int(n), float(t)) for n, t in limits), key=lambda limit: limit.period)
        if not parsed:
            raise ValueError("RateLimiter needs at least one limit; pass rate_limiter=None to disable throttling")
        for limit in parsed:
            if limit.max_requests < 1 or limit.period <= 0:
                raise ValueError(f"invalid limit {limit}: need max_requests >= 1 and period > 0")
        if slack < 0:
            raise ValueError("slack must be >= 0")
        self.limits: tuple[Limit, ...] = tuple(parsed)
        self.slack = slack
        self._pace = (parsed[0].period + slack) / parsed[0].max_requests
        self._pacer_made: AsyncLimiter | None = None
        self._windows = [_SlidingWindow(limit, slack) for limit in parsed[1:]]
        self._turn_made: asyncio.Lock | None = None
        self._queued = 0  # tasks waiting for, or holding, the turn
        self.admitted = 0

    @property
    def _pacer(self) -> AsyncLimiter:
        # Made on first use, so that importing the SDK and making a client import no asyncio.
        if self._pacer_made is None:
            from aiolimiter import AsyncLimiter

            self._pacer_made = AsyncLimiter(1, self._pace)
        return self._pacer_made

    @property
    def _turn(self) -> asyncio.Lock:
        if self._turn_made is None:
            import asyncio

            self._turn_made = asyncio.Lock()
        return self._turn_made

    def admits_now(self) -> bool:
        """Whether :meth:`acquire` would admit a request at once: nobody is waiting and every
        limit has room."""
        import asyncio

        if self._queued:
            return False
        now = asyncio.get_running_loop().time()
        return self._pacer.has_capacity() and all(window.ready_at() <= now for window in self._windows)

    async def acquire_at_once(self) -> bool:
        """Count one more request if it fits every limit now and nobody is waiting; else count
        nothing and say so (then :meth:`acquire` waits for a turn)."""
        import asyncio

        if not self.admits_now():
            return False
        # Nothing below suspends (the pacer has capacity), so no other task can interleave.
        await self._pacer.acquire()
        self._record(asyncio.get_running_loop().time())
        self.admitted += 1
        return True

    async def acquire(self) -> None:
        """Wait until one more request fits every limit, and count it."""
        import asyncio

        if await self.acquire_at_once():
            return
        self._queued += 1
        try:
            await self._queued_acquire(asyncio.get_running_loop())
        finally:
            self._queued -= 1

    async def _queued_acquire(self, loop: asyncio.AbstractEventLoop) -> None:
        async with self._turn:
            # Only the lock holder records admissions, so one sleep until the latest
            # ready time suffices: no re-checking, no polling.
            ready_at = max((window.ready_at() for window in self._windows), default=float("-inf"))
            if ready_at > loop.time():
                import asyncio

                await asyncio.sleep(ready_at - loop.time())
            await self._pacer.acquire()
            self._record(max(loop.time(), ready_at))
            self.admitted += 1

    async def readmit(self) -> None:
        """Count a request admitted earlier again, now: its headers went out late (see
        :class:`RateLimitedTransport`). It takes the next paced slot, waiting for nobody's turn
        (it had its own), and is recorded now in every longer window."""
        await self._pacer.acquire()
        import asyncio

        self._record(asyncio.get_running_loop().time())

    def _record(self, now: float) -> None:
        """Note an admission at ``now`` in every longer window (the pacer keeps its own)."""
        for window in self._windows:
            window.record(now)

    def __repr__(self) -> str:
        limits = ", ".join(f"{limit.max_requests}/{limit.period:g}s" for limit in self.limits)
        return f"RateLimiter({limits}, slack={self.slack:g}s, admitted={self.admitted})"


#: Seconds between admission and the request's headers going out beyond which the request is
#: admitted again, at least; half the limiter's ``slack`` where that is more (a warm
#: connection takes well under a millisecond; the slack is the margin the limits keep).
LATE_SEND = 0.005


class RateLimitedTransport(httpx.AsyncBaseTransport):
    """Waits for the limiter before every request it passes to ``inner`` (retries included).

    The wait does not count against the call's deadline (:class:`CallDeadline`).

    The server counts a request when it arrives, the limiter when it admits it. Usually the
    two are a fraction of a millisecond apart; the first request on a new connection is not
    (TCP and TLS handshakes, first-use imports: 20 ms on loopback, far more to Altegio). Late by
    more than the limiter's slack, it lands closer to the requests after it than the limiter
    planned, and a sliding-window server answers 429. So, where the limiter offers
    ``readmit()``, the transport watches httpcore's ``trace`` extension and a request whose
    headers go out late (:data:`LATE_SEND`, or half the limiter's slack) is admitted again,
    then sent.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: Limiter) -> None:
        self.inner = inner
        self.limiter = limiter
        self._readmit: Callable[[], Awaitable[None]] = limiter.readmit
        self._late_after = max(LATE_SEND, limiter.slack / 2)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = request.extensions.get(DEADLINE_EXTENSION)
        limiter = self.limiter
        if isinstance(limiter, RateLimiter) and await limiter.acquire_at_once():
            pass  # admitted at once: no deadline to pause (pausing costs 5 us)
        elif isinstance(deadline, CallDeadline):
            with deadline.paused():  # the queue is the caller's own making, not the server's delay
                await limiter.acquire()
        else:
            await limiter.acquire()
        request.extensions[ADMITTED_EXTENSION] = time.perf_counter()  # for the request log
        existing = request.extensions.get("trace")
        user_trace = existing.user_trace if isinstance(existing, _LateSendWatch) else existing
        import asyncio

        late_at = asyncio.get_running_loop().time() + self._late_after
        request.extensions = {**request.extensions, "trace": _LateSendWatch(late_at, self._readmit, user_trace)}
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class _LateSendWatch:
    """httpcore ``trace`` callback: re-admits a request whose headers go out late; chains the caller's."""

    def __init__(
        self, late_at: float, readmit: Callable[[], Awaitable[None]], user_trace: Callable[..., Any] | None
    ) -> None:
        self.late_at = late_at
        self.readmit = readmit
        self.user_trace = user_trace

    async def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event.endswith(".send_request_headers.started"):
            import asyncio

            if asyncio.get_running_loop().time() > self.late_at:
                await self.readmit()
            # Done watching: httpcore looks the extension up for each later step, and tracing
            # every step of every request costs more than the rest of this transport.
            extensions = info["request"].extensions
            if self.user_trace is None:
                extensions.pop("trace", None)
            else:
                extensions["trace"] = self.user_trace
        if self.user_trace is not None:
            await self.user_trace(event, info)
