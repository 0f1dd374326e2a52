"""One rate budget for every process behind one egress IP: Altegio's limits kept in Redis.

Altegio counts requests per IP. Several workers (gunicorn processes, Celery workers, pods
behind one NAT) that each throttle themselves still overrun the shared budget. A
:class:`RedisRateLimiter` keeps the admission log in Redis, so every process pointing at the
same Redis and ``key`` shares the same sliding windows (5 per second, 200 per minute).

Why a Lua script on redis-py rather than ``limits``' moving window: ``limits`` keeps exact
sliding-window logs too, but in whole seconds and one limit at a time. Between two processes a
request admitted exactly one second after the one five places earlier can *arrive* within
the same second (the first was delayed by scheduling), and Altegio answers 429. The script
here checks every window and takes a slot in all of them in one atomic step, with a float
margin (``slack``) added to each window and Redis's own clock (``TIME``), so hosts with skewed
clocks agree. A full window answers how long until its oldest entry leaves; the waiter sleeps
exactly that long, then asks again: no polling.

Like the in-process :class:`~altegio_client.RateLimiter`, it also paces the shortest limit:
admissions at least ``(1 s + slack) / 5`` apart, never five at once. Bursts made every
waiting process wake at the same instant and send together; the server then read them in
whatever order the CPU allowed, and in our 4-process run one burst's first request, read late,
landed within a second of the next burst (one 429 in 300). Paced, requests reach the server
one at a time, and the budget over a minute is the same.

When Redis cannot be reached the behaviour is chosen, never silent:

- ``on_redis_error="raise"`` (default, fail closed): :class:`RateLimiterUnavailableError`;
- ``on_redis_error="local"``: a warning (logged once per outage) and the process falls back
  to its own in-process :class:`~altegio_client.RateLimiter` for ``retry_after`` seconds before
  trying Redis again. The process is then throttled alone, never unlimited.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any, Literal

from ._exceptions import AltegioError
from ._limiter import ALTEGIO_LIMITS, AcquireOnEnter, Limit, RateLimiter

__all__ = ["RateLimiterUnavailableError", "RedisRateLimiter"]

logger = logging.getLogger("altegio_client")

# KEYS[1]: the last admission time (pacing); KEYS[2..]: one list of admission times per limit.
# ARGV[1]: the pacing interval; then n, span for each limit.
# Returns "0" when a slot was taken (paced, and in every window), else the seconds to wait.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local pace = tonumber(ARGV[1])
local wait = 0
local last = redis.call('GET', KEYS[1])
if last and now - tonumber(last) < pace then
  wait = tonumber(last) + pace - now
end
for i = 2, #KEYS do
  local n = tonumber(ARGV[2 * i - 2])
  local span = tonumber(ARGV[2 * i - 1])
  local oldest = redis.call('LINDEX', KEYS[i], n - 1)
  if oldest and now - tonumber(oldest) < span then
    wait = math.max(wait, tonumber(oldest) + span - now)
  end
end
if wait > 0 then
  return tostring(wait)
end
redis.call('SET', KEYS[1], string.format('%.6f', now), 'PX', math.ceil(pace * 1000) + 1000)
for i = 2, #KEYS do
  local n = tonumber(ARGV[2 * i - 2])
  local span = tonumber(ARGV[2 * i - 1])
  redis.call('LPUSH', KEYS[i], string.format('%.6f', now))
  redis.call('LTRIM', KEYS[i], 0, n - 1)
  redis.call('PEXPIRE', KEYS[i], math.ceil(span * 1000) + 1000)
end
return "0"
"""


class RateLimiterUnavailableError(AltegioError):
    """The shared (Redis) rate limiter cannot be reached and the client is set to fail closed."""


class RedisRateLimiter(AcquireOnEnter):
    """Altegio's sliding windows kept in Redis, shared by every process that uses ``key``.

    ``AltegioClient(partner_token=..., rate_limiter=RedisRateLimiter("redis://10.0.0.5:6379"))``
    (the ``redis`` extra, or ``pip install redis``). ``slack`` widens every window (default 50 ms: a
    margin for scheduling and network jitter between processes). ``redis_client`` takes an
    existing ``redis.asyncio.Redis`` (or an in-memory ``fakeredis.FakeAsyncRedis`` in tests).
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379",
        *,
        key: str = "altegio",
        limits: Sequence[Limit | tuple[int, float]] = ALTEGIO_LIMITS,
        slack: float = 0.05,
        on_redis_error: Literal["raise", "local"] = "raise",
        retry_after: float = 30.0,
        socket_timeout: float = 2.0,
        redis_client: Any = None,
    ) -> None:
        try:
            import redis.asyncio as redis_asyncio
        except ImportError as exc:  # pragma: no cover - only without the extra
            raise ImportError("RedisRateLimiter needs redis-py (the redis extra): pip install redis") from exc
        if on_redis_error not in ("raise", "local"):
            raise ValueError('on_redis_error must be "raise" (fail closed) or "local" (fall back to this process)')
        parsed = sorted((Limit(int(n), float(t)) for n, t in limits), key=lambda limit: limit.period)
        if not parsed or any(limit.max_requests < 1 or limit.period <= 0 for limit in parsed):
            raise ValueError(f"invalid limits {parsed}: need at least one, each with max_requests >= 1 and period > 0")
        self.limits: tuple[Limit, ...] = tuple(parsed)
        self.key = key
        self.slack = slack
        self.on_redis_error = on_redis_error
        self.retry_after = retry_after
        self._redis: Any = redis_client or redis_asyncio.Redis.from_url(
            url, socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout
        )
        self._script: Any = self._redis.register_script(_ACQUIRE)
        shortest = self.limits[0]
        self._keys = [f"{key}:pace"] + [f"{key}:{limit.max_requests}/{limit.period:g}s" for limit in self.limits]
        self._argv: list[float] = [(shortest.period + slack) / shortest.max_requests] + [
            value for limit in self.limits for value in (limit.max_requests, limit.period + slack)
        ]
        self._local: RateLimiter | None = None
        self._local_until = 0.0
        self.admitted = 0

    async def acquire(self) -> None:
        """Wait until one more request fits every shared window, and take the slots."""
        await self._take()
        self.admitted += 1

    async def readmit(self) -> None:
        """Count a request admitted earlier again, now: its headers went out late (see
        :class:`~altegio_client.RateLimitedTransport`). It waits for a slot like a new one."""
        await self._take()

    async def _take(self) -> None:
        while True:
            if time.monotonic() < self._local_until:
                await self._local_limiter().acquire()
                return
            try:
                wait = float(await self._script(keys=self._keys, args=self._argv))
            except Exception as exc:
                self._on_failure(exc)
                continue
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    def _on_failure(self, exc: Exception) -> None:
        if self.on_redis_error == "raise":
            raise RateLimiterUnavailableError(
                f"the shared rate limiter (Redis, key {self.key!r}) is unreachable: {type(exc).__name__}"
            ) from exc
        logger.warning(
            "altegio rate limiter: Redis unreachable (%s); throttling this process alone for %.0fs",
            type(exc).__name__,
            self.retry_after,
        )
        self._local_until = time.monotonic() + self.retry_after

    def _local_limiter(self) -> RateLimiter:
        if self._local is None:
            self._local = RateLimiter(self.limits, slack=min(self.slack, 0.025))
        return self._local

    async def aclose(self) -> None:
        """Close the Redis connections."""
        await self._redis.aclose()

    def __repr__(self) -> str:
        limits = ", ".join(f"{limit.max_requests}/{limit.period:g}s" for limit in self.limits)
        options = f"slack={self.slack:g}s, on_redis_error={self.on_redis_error!r}"
        return f"RedisRateLimiter(key={self.key!r}, {limits}, {options})"
