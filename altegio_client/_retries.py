"""Retries that never send a request twice when the server may have acted on it.

- HTTP 429 (rate limited) is retried for every method: the server refused the request
  without processing it. ``Retry-After`` (seconds or an HTTP date) is honoured; without it
  the wait is exponential backoff with full jitter.
- HTTP 502/503/504, connection failures and read timeouts are retried only for idempotent
  methods (GET, HEAD, OPTIONS, PUT, DELETE). A POST or PATCH that timed out or met a 503 may
  have created a booking or taken a payment; sending it again would duplicate it, so it is
  retried only when the caller opts in for that call (``client.with_options(
  retry_non_idempotent=True)``). Connect errors and connect/pool timeouts are the exception:
  nothing reached the server, so they are retried for every method.
- Attempts are bounded (``max_retries``) and so is the total time spent (``deadline``): a
  retry whose wait would end past the deadline is not made.

Every retry is logged at DEBUG on the ``altegio_client`` logger with method, URL path, the
reason and the wait; never headers, query strings or bodies.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ._exceptions import APIConnectionError, APITimeoutError

__all__ = ["IDEMPOTENT_METHODS", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("altegio_client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({502, 503, 504})
_NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_PROCESSED = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries. All fields can be overridden per client with ``with_options``."""

    max_retries: int = 3
    """Retries after the first attempt (0 disables retrying)."""
    backoff_base: float = 0.5
    """First backoff in seconds; doubles each retry (full jitter), capped by ``backoff_max``."""
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    """A longer ``Retry-After`` is not waited for: the error is raised instead."""
    deadline: float = 90.0
    """Total seconds one call may spend across attempts and waits."""
    retry_non_idempotent: bool = False
    """Also retry POST/PATCH on 5xx and timeouts. Only for calls known to be safe to repeat."""
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def backoff(self, retry: int) -> float:
        """Full-jitter exponential backoff for the ``retry``-th retry (1-based)."""
        return float(self.random() * min(self.backoff_max, self.backoff_base * 2 ** (retry - 1)))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryTransport(httpx.AsyncBaseTransport):
    """Retries through ``inner`` according to ``policy``; see the module docstring."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        loop = asyncio.get_running_loop()
        deadline = loop.time() + policy.deadline
        may_repeat = request.method in IDEMPOTENT_METHODS or policy.retry_non_idempotent
        retry = 0
        failure: httpx.TransportError | None
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except _NOTHING_SENT as exc:  # nothing reached the server: safe for every method
                wait, reason, failure = policy.backoff(retry + 1), type(exc).__name__, exc
            except _MAYBE_PROCESSED as exc:
                if not may_repeat:
                    raise _as_api_error(exc, request) from exc
                wait, reason, failure = policy.backoff(retry + 1), type(exc).__name__, exc
            except httpx.TransportError as exc:
                raise _as_api_error(exc, request) from exc
            else:
                failure = None
                if response.status_code == 429:
                    after = parse_retry_after(response.headers.get("Retry-After"))
                    if after is not None and after > policy.max_retry_after:
                        return response
                    wait = policy.backoff(retry + 1) if after is None else after
                    reason = "HTTP 429"
                elif response.status_code in RETRYABLE_STATUSES and may_repeat:
                    after = parse_retry_after(response.headers.get("Retry-After"))
                    wait = policy.backoff(retry + 1) if after is None else min(after, policy.max_retry_after)
                    reason = f"HTTP {response.status_code}"
                else:
                    return response
            retry += 1
            if retry > policy.max_retries or loop.time() + wait > deadline:
                if failure is not None:
                    raise _as_api_error(failure, request) from failure
                return response
            if failure is None:
                await response.aclose()
            logger.debug(
                "altegio retry %d/%d of %s %s after %s; waiting %.2fs",
                retry,
                policy.max_retries,
                request.method,
                request.url.path,
                reason,
                wait,
            )
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _as_api_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"{request.method} {request.url.copy_with(query=None)}: {type(exc).__name__}")
