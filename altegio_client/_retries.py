"""Retries that never send a request twice when the server may have acted on it.

- HTTP 429 (rate limited) is retried for every method: the server refused the request
  without processing it. ``Retry-After`` (seconds or an HTTP date) is honoured; without it
  the wait is exponential backoff with full jitter.
- HTTP 500/502/503/504, connection failures, read timeouts and a connection dropped while the
  body arrives are retried only for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE). A
  POST or PATCH that timed out or met a 503 may have created a booking or taken a payment;
  sending it again would duplicate it, so it is retried only when the caller opts in for that
  call (``client.with_options(retry_non_idempotent=True)``). Connect errors and connect/pool
  timeouts are the exception: nothing reached the server, so they are retried for every method.
- A ``Retry-After`` longer than ``max_retry_after`` (on a 429, or a 5xx that would be retried)
  is not waited for: the answer is final at once.
- Each attempt includes reading the body (:func:`read_body`: decoded, capped), so a body cut
  off mid-way is a failed attempt, not an error escaping later.
- Attempts are bounded (``max_retries``) and so is the whole call (``deadline``): sends, body
  reads and waits between attempts; a call still running at its deadline is cancelled and
  raises :class:`APITimeoutError`. Time spent queueing for the client's own rate limiter does
  not count (:class:`CallDeadline`): that queue is as long as the caller made it.

Every retry is logged at INFO on the ``altegio_client`` logger with the operation, method,
URL path, the reason and the wait; never headers, query strings or bodies.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ._body import DEFAULT_MAX_RESPONSE_SIZE, read_body
from ._deadlines import DEADLINE_EXTENSION, CallDeadline, CallDeadlines
from ._exceptions import APIConnectionError, APITimeoutError, operation_name

__all__ = ["IDEMPOTENT_METHODS", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("altegio_client")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
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
    """Total seconds one call may spend: attempts (sending, reading the body) and the waits
    between them, not queueing for the client's rate limiter. Past it: :class:`APITimeoutError`."""
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
    """Retries through ``inner`` according to ``policy``; see the module docstring.

    Every response it hands on is read whole (decoded, at most ``max_response_size`` bytes,
    else :class:`ResponseTooLargeError`) and closed. Keep it in the stack with ``max_retries=0``
    too: it also bounds the call's time and the body's size.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        if max_response_size < 1:
            raise ValueError("max_response_size must be a positive number of bytes")
        self.inner = inner
        self.policy = policy
        self.max_response_size = max_response_size
        self._deadlines: CallDeadlines | None = None  # those of the event loop it runs on last

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        deadlines, loop = self._deadlines, asyncio.get_running_loop()
        if deadlines is None or deadlines.loop is not loop:
            deadlines = self._deadlines = CallDeadlines(loop)
        deadline = deadlines.start(self.policy.deadline)
        request.extensions = {**request.extensions, DEADLINE_EXTENSION: deadline}
        try:
            response = await self._attempts(request, deadline)
        except BaseException as exc:
            if deadline.settle() and isinstance(exc, asyncio.CancelledError):
                raise APITimeoutError(
                    request, f"no complete answer within the call's {self.policy.deadline:g} s deadline"
                ) from None
            raise
        deadline.settle()
        return response

    async def _attempts(self, request: httpx.Request, deadline: CallDeadline) -> httpx.Response:
        import asyncio

        policy = self.policy
        may_repeat = request.method in IDEMPOTENT_METHODS or policy.retry_non_idempotent
        retry = 0
        failure: httpx.TransportError | None
        while True:
            started = time.perf_counter()
            try:
                response = await self.inner.handle_async_request(request)
                response = await read_body(response, request, self.max_response_size)
            except _NOTHING_SENT as exc:  # nothing reached the server: safe for every method
                wait, reason, failure = policy.backoff(retry + 1), type(exc).__name__, exc
            except _MAYBE_PROCESSED as exc:
                if not may_repeat:
                    raise _as_api_error(exc, request) from exc
                wait, reason, failure = policy.backoff(retry + 1), type(exc).__name__, exc
            except httpx.LocalProtocolError:
                # h11 quotes the offending header value, which may be a secret: raised below,
                # outside this block, so the error chains nothing.
                break
            except httpx.TransportError as exc:
                raise _as_api_error(exc, request) from exc
            else:
                # What httpx's client sets as it sends; the SDK's requests skip that (send_operation).
                response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
                failure = None
                status = response.status_code
                if status == 429 or (status in RETRYABLE_STATUSES and may_repeat):
                    after = parse_retry_after(response.headers.get("Retry-After"))
                    if after is not None and after > policy.max_retry_after:
                        return response  # not worth waiting for: final now, as a RateLimit/ServerError
                    wait = policy.backoff(retry + 1) if after is None else after
                    reason = f"HTTP {status}"
                else:
                    return response
            retry += 1
            # A wait ending at the deadline leaves no time for the attempt after it.
            if retry > policy.max_retries or asyncio.get_running_loop().time() + wait >= deadline.at:
                if failure is not None:
                    raise _as_api_error(failure, request) from failure
                return response
            logger.info(  # INFO: a retry is why a call took longer than it should
                "altegio retry %d/%d of %s %s %s after %s; waiting %.2fs",
                retry,
                policy.max_retries,
                operation_name(request) or "request",
                request.method,
                request.url.path,
                reason,
                wait,
            )
            await asyncio.sleep(wait)
        raise APIConnectionError(request, "LocalProtocolError: a request header is not valid HTTP")

    async def aclose(self) -> None:
        await self.inner.aclose()


def _as_api_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request, f"timed out ({type(exc).__name__})")
    # httpx's texts here are the OS's or the TLS library's ("[Errno 111] Connection refused",
    # "certificate verify failed"); only LocalProtocolError quotes request headers (see above).
    detail = str(exc)
    return APIConnectionError(request, f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__)
