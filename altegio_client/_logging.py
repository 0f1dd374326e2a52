"""One log record per attempt: which operation, what came back, how long it waited and took.

Logger ``altegio_client.http``: DEBUG for every attempt (operation, status, attempt number,
seconds waited for a rate-limit slot, seconds in all); INFO when the wait for a slot was over
a second, since that is the usual answer to "why is this call slow?". Never headers, query
strings or bodies: tokens travel in a header and personal data in the rest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Coroutine
from typing import Any

import httpx

from ._operation import operation_of

__all__ = ["ADMITTED_EXTENSION", "RequestLogTransport", "logger"]

logger = logging.getLogger("altegio_client.http")

#: request extension where the rate-limit layer notes when it admitted the request (perf_counter)
ADMITTED_EXTENSION = "altegio_admitted_at"
_ATTEMPT_EXTENSION = "altegio_attempt"
SLOW_WAIT = 1.0


class RequestLogTransport(httpx.AsyncBaseTransport):
    """Logs each attempt that passes through it; sits above the rate-limit layer, under retries."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        attempt = int(request.extensions.get(_ATTEMPT_EXTENSION, 0)) + 1
        request.extensions[_ATTEMPT_EXTENSION] = attempt
        if not logger.isEnabledFor(logging.INFO):
            # Nothing to log: hand on the inner coroutine, not one more frame that every
            # resumption of the request would pass through.
            return self.inner.handle_async_request(request)
        return self._logged(request, attempt)

    async def _logged(self, request: httpx.Request, attempt: int) -> httpx.Response:
        started = time.perf_counter()
        outcome = "no answer"
        try:
            response = await self.inner.handle_async_request(request)
            outcome = f"HTTP {response.status_code}"
            return response
        finally:
            finished = time.perf_counter()
            admitted = request.extensions.get(ADMITTED_EXTENSION)
            waited = max(0.0, admitted - started) if isinstance(admitted, float) else 0.0
            level = logging.INFO if waited > SLOW_WAIT else logging.DEBUG
            if logger.isEnabledFor(level):
                operation = operation_of(request)
                logger.log(
                    level,
                    "%s: %s, attempt %d, waited %.3fs for a rate-limit slot, %.3fs in all",
                    operation.name if operation else f"{request.method} {request.url.path}",
                    outcome,
                    attempt,
                    waited,
                    finished - started,
                )

    async def aclose(self) -> None:
        await self.inner.aclose()
