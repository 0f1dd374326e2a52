"""Time: every call is bounded in total, body reads included.

Promises:
- a server that drips its body (a byte every 200 ms, so no read timeout ever fires) cannot
  hold a call past ``RetryPolicy.deadline``: the call raises APITimeoutError;
- neither can a server that reads the request and never answers, whatever the read timeout;
- time spent queueing for the client's own rate limiter does not count: a call that waited
  longer than the deadline for its slot is still sent and answered.
"""

from __future__ import annotations

import asyncio

import anyio
import httpx
import pytest

from altegio_client import APITimeoutError, RetryPolicy
from altegio_client.api.locations import get_location

from .conftest import BOUND, GateLimiter, client_for
from .server import LoopbackServer, answer, drip, silent

SHORT_DEADLINE = RetryPolicy(max_retries=2, backoff_base=0.01, deadline=0.6)
LONG_READS = httpx.Timeout(30.0)


async def test_body_dripping_a_byte_every_200_ms_stops_at_the_deadline() -> None:
    async with (
        LoopbackServer(drip(interval=0.2, size=1000)) as server,
        client_for(server.api, retry_policy=SHORT_DEADLINE, timeout=LONG_READS) as client,
    ):
        with anyio.fail_after(BOUND), pytest.raises(APITimeoutError, match=r"0\.6 s deadline") as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.operation == "get_location"
    assert len(server.arrivals) == 1


async def test_server_that_never_answers_stops_at_the_deadline() -> None:
    async with (
        LoopbackServer(silent()) as server,
        client_for(server.api, retry_policy=SHORT_DEADLINE, timeout=LONG_READS) as client,
    ):
        with anyio.fail_after(BOUND), pytest.raises(APITimeoutError, match="deadline"):
            await get_location.asyncio_detailed(client=client, location_id=1)


async def test_waiting_for_the_rate_limiter_does_not_count_against_the_deadline() -> None:
    limiter = GateLimiter()
    async with (
        LoopbackServer(answer(200)) as server,
        client_for(server.api, retry_policy=SHORT_DEADLINE, rate_limiter=limiter) as client,
    ):
        call = asyncio.create_task(get_location.asyncio_detailed(client=client, location_id=1))
        await asyncio.sleep(1.0)  # queued: longer than the 0.6 s deadline
        assert limiter.waiting == 1
        assert not call.done()
        limiter.gate.set()
        with anyio.fail_after(BOUND):
            response = await call
    assert response.status_code == 200
    assert len(server.arrivals) == 1
