"""RedisRateLimiter: one budget across processes; explicit behaviour when Redis is gone."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from altegio_client import AltegioClient, RateLimiterUnavailableError, RedisRateLimiter
from altegio_client.api.locations import get_location_list
from tests.bench.redis_server import RedisServer
from tests.bench.strict_server import StrictLimitServer, minimum_duration

from .test_limiter import max_in_any_window

ROOT = Path(__file__).resolve().parents[2]
CLOSED_PORT = "redis://127.0.0.1:1"  # nothing listens there: connection refused at once


async def test_in_memory_backend_keeps_both_windows() -> None:
    import fakeredis

    limiter = RedisRateLimiter(
        redis_client=fakeredis.FakeAsyncRedis(), key="m1", limits=[(2, 0.5), (3, 1.0)], slack=0.01
    )
    times = []
    for _ in range(7):
        await limiter.acquire()
        times.append(time.time())
    assert max_in_any_window(times, 0.5) <= 2
    assert max_in_any_window(times, 1.0) <= 3
    assert limiter.admitted == 7


async def test_in_memory_backend_is_shared_by_limiters_on_one_server() -> None:
    import fakeredis

    server = fakeredis.FakeServer()
    limiters = [
        RedisRateLimiter(redis_client=fakeredis.FakeAsyncRedis(server=server), key="m2", limits=[(3, 1.0)], slack=0.0)
        for _ in range(3)
    ]
    started = time.monotonic()
    await asyncio.gather(*(limiter.acquire() for limiter in limiters for _ in range(2)))
    assert time.monotonic() - started >= 0.9  # 6 requests at 3 per second: the second three waited


async def test_fail_closed_raises_a_typed_error() -> None:
    limiter = RedisRateLimiter(CLOSED_PORT, on_redis_error="raise")
    with pytest.raises(RateLimiterUnavailableError, match="unreachable: ConnectionError"):
        await limiter.acquire()


async def test_local_fallback_warns_once_and_still_throttles(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisRateLimiter(CLOSED_PORT, on_redis_error="local", limits=[(2, 1)], slack=0.0)
    caplog.set_level(logging.WARNING, logger="altegio_client")
    started = time.monotonic()
    for _ in range(3):
        await limiter.acquire()
    elapsed = time.monotonic() - started
    warnings = [r for r in caplog.records if "Redis unreachable" in r.getMessage()]
    assert [r.getMessage() for r in warnings] == [
        "altegio rate limiter: Redis unreachable (ConnectionError); throttling this process alone for 30s"
    ]
    assert elapsed >= 0.9  # the local limiter paced 3 requests at 2 per second: not unlimited
    assert limiter.admitted == 3


@pytest.mark.parametrize(("slack", "local_slack"), [(0.05, 0.025), (0.01, 0.01)])
async def test_the_local_fallback_keeps_the_limits_with_at_most_the_local_slack(
    slack: float, local_slack: float
) -> None:
    limiter = RedisRateLimiter(CLOSED_PORT, on_redis_error="local", limits=[(200, 60), (5, 1)], slack=slack)
    await limiter.acquire()
    assert repr(limiter._local) == f"RateLimiter(5/1s, 200/60s, slack={local_slack:g}s, admitted=1)"


def test_the_limiter_shows_its_settings_never_its_url() -> None:
    limiter = RedisRateLimiter("redis://:secret@10.0.0.5:6379", key="shop", limits=[(200, 60), (5, 1)], slack=0.05)
    assert repr(limiter) == "RedisRateLimiter(key='shop', 5/1s, 200/60s, slack=0.05s, on_redis_error='raise')"


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="invalid limits"):
        RedisRateLimiter(CLOSED_PORT, limits=[(0, 1.0)])
    with pytest.raises(
        ValueError, match=r'^on_redis_error must be "raise" \(fail closed\) or "local" \(fall back to this process\)$'
    ):
        RedisRateLimiter(CLOSED_PORT, on_redis_error="ignore")  # type: ignore[arg-type]


async def test_client_fails_closed_before_sending_when_redis_is_down() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})

    client = AltegioClient(
        partner_token="p", transport=httpx.MockTransport(answer), rate_limiter=RedisRateLimiter(CLOSED_PORT)
    )
    with pytest.raises(RateLimiterUnavailableError):
        await get_location_list.asyncio_detailed(client=client)
    assert sent == []


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    if not RedisServer.available():
        if os.environ.get("ALTEGIO_REQUIRE_REDIS"):
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed")
    with RedisServer() as server:
        yield server.url


async def test_both_windows_hold_through_real_redis(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, key="t1", limits=[(2, 0.5), (3, 1.0)], slack=0.01)
    times = []
    for _ in range(7):
        await limiter.acquire()
        times.append(time.time())
    await limiter.aclose()
    assert max_in_any_window(times, 0.5) <= 2
    assert max_in_any_window(times, 1.0) <= 3
    assert times[-1] - times[0] >= 2.0  # 7 requests at 3 per second need two full windows


async def test_two_clients_share_one_budget_through_real_redis(redis_url: str) -> None:
    shared = [RedisRateLimiter(redis_url, key="t2", limits=[(3, 1)], slack=0.01) for _ in range(2)]
    times: list[float] = []

    async def take(limiter: RedisRateLimiter) -> None:
        for _ in range(3):
            await limiter.acquire()
            times.append(time.time())

    await asyncio.gather(*(take(limiter) for limiter in shared))
    assert len(times) == 6
    assert max_in_any_window(sorted(times), 1.0) <= 3


@pytest.mark.realtime
def test_four_processes_share_the_budget_against_the_strict_server(redis_url: str) -> None:
    # Altegio's shape: the long window fills in 2/3 of its length at the short limit's pace.
    limits = [(5, 1.0), (20, 6.0)]
    with StrictLimitServer(limits=limits) as server:
        command = [sys.executable, "-m", "tests.bench.redis_worker", "--server", server.url, "--count", "10"]
        command += ["--redis", redis_url, "--key", "t3", "--limits", json.dumps(limits)]
        workers = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(4)]
        results = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
        stats = server.stats()
    assert stats["rejected"] == 0
    assert stats["accepted"] == 40
    assert sum(result["failures"] for result in results) == 0
    # The fastest a limiter may go that paces the short limit and widens windows by its slack,
    # with each process's first request admitted twice (its connection opens after admission,
    # late enough to be re-admitted when the machine is busy).
    slack = float(inspect.signature(RedisRateLimiter).parameters["slack"].default)
    paced = [(1, (1.0 + slack) / 5), (20, 6.0 + slack)]
    floor = minimum_duration(40 + 4, paced)
    assert minimum_duration(40, limits) <= floor <= minimum_duration(40, limits) * 1.5
    assert stats["span"] <= floor * 1.05, (
        f"40 requests arrived over {stats['span']:.2f}s; paced within the limits: {floor:.2f}s"
    )


@pytest.mark.realtime
async def test_admissions_are_paced_never_a_burst() -> None:
    # Five at once would reach the server together and in any order; paced, one at a time.
    import fakeredis

    redis = fakeredis.FakeAsyncRedis()
    limiter = RedisRateLimiter(redis_client=redis, key="m3", limits=[(5, 0.5)], slack=0.0)
    started = time.monotonic()
    for _ in range(5):
        await limiter.acquire()
    elapsed = time.monotonic() - started
    # The admission times Redis recorded (its own clock): no scheduling delay of ours in them.
    admitted = sorted(float(stamp) for stamp in await redis.lrange("m3:5/0.5s", 0, -1))
    gaps = [later - earlier for earlier, later in itertools.pairwise(admitted)]
    assert len(admitted) == 5
    assert min(gaps) >= 0.1 - 1e-6  # (0.5 s + slack) / 5 apart
    assert elapsed >= 4 * 0.1 - 0.01  # the limiter waited for them: it did not just record a burst
    assert elapsed < 4 * 0.1 + 0.3  # and no slower than the pace


def test_defaults_reach_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    limiter = RedisRateLimiter()
    assert repr(limiter) == "RedisRateLimiter(key='altegio', 5/1s, 200/60s, slack=0.05s, on_redis_error='raise')"
    connection = limiter._redis.connection_pool.connection_kwargs
    assert (connection["host"], connection["port"]) == ("127.0.0.1", 6379)
    assert (connection["socket_timeout"], connection["socket_connect_timeout"]) == (2.0, 2.0)
    # Sorted by period, not by count: the shortest window is the one paced.
    assert RedisRateLimiter(CLOSED_PORT, limits=[(5, 60), (10, 1)]).limits == ((10, 1.0), (5, 60.0))
    with pytest.raises(ValueError, match="invalid limits"):
        RedisRateLimiter(CLOSED_PORT, limits=[(1, 0.0)])


def test_without_the_redis_extra_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)  # as if redis-py were not installed
    with pytest.raises(
        ImportError,
        match="^" + re.escape("RedisRateLimiter needs redis-py (the redis extra): pip install redis") + "$",
    ):
        RedisRateLimiter()


async def test_the_pace_and_the_windows_are_widened_by_the_slack() -> None:
    import fakeredis

    redis = fakeredis.FakeAsyncRedis()
    limiter = RedisRateLimiter(redis_client=redis, key="w", limits=[(2, 0.1), (3, 0.6)], slack=0.05)
    admitted = []
    for _ in range(4):
        await limiter.acquire()
        admitted.append(float(await redis.lindex("w:3/0.6s", 0) or "nan"))  # Redis's time of this admission
    assert admitted[1] - admitted[0] >= (0.1 + 0.05) / 2 - 1e-6  # paced (period + slack) / n apart
    assert admitted[3] - admitted[0] >= 0.6 + 0.05 - 1e-6  # the 3-in-0.6 s window, widened
