"""RateLimiter: never over either sliding limit, close to them, fair, cancellation-safe."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable, Sequence

import httpx
import pytest

from altegio_client import AltegioClient, RateLimiter
from altegio_client._limiter import ALTEGIO_LIMITS, LATE_SEND, RateLimitedTransport
from altegio_client.api.locations import get_location_list
from tests.bench.strict_server import StrictLimitServer, minimum_duration
from tests.fake_clock import on_fake_clock


def max_in_any_window(times: Sequence[float], period: float) -> int:
    """Most timestamps inside any closed window of ``period`` seconds."""
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] > period:
            start += 1
        best = max(best, end - start + 1)
    return best


async def admit(limiter: RateLimiter, count: int, tasks: int = 50) -> list[float]:
    loop = asyncio.get_running_loop()
    times: list[float] = []
    queue = iter(range(count))

    async def worker() -> None:
        for _ in queue:
            await limiter.acquire()
            times.append(loop.time())

    await asyncio.gather(*(worker() for _ in range(tasks)))
    return times


def test_never_more_than_5_per_second_or_200_per_minute_on_a_fake_clock() -> None:
    async def body() -> None:
        times = await admit(RateLimiter(), 450)
        assert len(times) == 450
        assert max_in_any_window(times, 1.0) <= 5
        assert max_in_any_window(times, 60.0) <= 200

    on_fake_clock(body())


def test_budget_is_usable_to_at_least_97_percent_on_a_fake_clock() -> None:
    async def body() -> None:
        times = await admit(RateLimiter(), 300)
        elapsed = times[-1] - times[0]
        floor = minimum_duration(300, ALTEGIO_LIMITS)
        assert floor / elapsed >= 0.97, f"300 requests took {elapsed:.1f}s; the limits allow {floor:.1f}s"
        long_run = await admit(RateLimiter(), 1000)
        rate_per_minute = (len(long_run) - 1) / (long_run[-1] - long_run[0]) * 60
        assert rate_per_minute >= 0.97 * 200

    on_fake_clock(body())


async def sequential(acquire: Callable[[], Awaitable[object]], count: int) -> list[float]:
    loop = asyncio.get_running_loop()
    times = []
    for _ in range(count):
        await acquire()
        times.append(loop.time())
    return times


def test_where_a_leaky_bucket_of_the_same_numbers_bursts_the_limiter_does_not() -> None:
    async def body() -> None:
        """Why the limiter is not AsyncLimiter(200, 60): it admits 200 at once and keeps refilling."""
        from aiolimiter import AsyncLimiter

        minute_bucket = await sequential(AsyncLimiter(200, 60).acquire, 300)
        assert max_in_any_window(minute_bucket, 60.0) > 200
        minute = await sequential(RateLimiter([(200, 60.0)], slack=0).acquire, 300)
        assert max_in_any_window(minute, 60.0) == 200

        second_bucket = await sequential(AsyncLimiter(5, 1).acquire, 30)
        assert max_in_any_window(second_bucket, 1.0) > 5
        second = await sequential(RateLimiter([(5, 1.0)], slack=0).acquire, 30)
        assert max_in_any_window(second, 1.0) == 5
        assert second[-1] - second[0] == pytest.approx(29 * 0.2, abs=0.01)  # paced, no slower than the limit

    on_fake_clock(body())


def test_a_cancelled_waiter_never_takes_a_slot() -> None:
    async def body() -> list[float]:
        limiter = RateLimiter(limits=[(1, 1.0), (3, 10.0)], slack=0)
        loop = asyncio.get_running_loop()
        times = []
        await limiter.acquire()
        times.append(loop.time())
        waiters = [asyncio.create_task(limiter.acquire()) for _ in range(5)]
        await asyncio.sleep(0.5)
        for task in waiters[:4]:  # the first holds the turn and waits inside aiolimiter
            task.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
        times.append(loop.time())
        for _ in range(2):
            await limiter.acquire()
            times.append(loop.time())
        assert limiter.admitted == 4
        return times

    # Had the cancelled waiters taken slots, the 3-per-10s window would have pushed these later.
    assert on_fake_clock(body()) == pytest.approx([0.0, 1.0, 2.0, 10.0], abs=1e-3)


def test_admission_follows_arrival_order_even_for_a_request_that_finds_room() -> None:
    # A request that finds nobody waiting goes straight through; one that arrives while others
    # wait queues behind them, even at the instant a slot frees up.
    async def body() -> list[tuple[str, float]]:
        limiter = RateLimiter(limits=[(1, 1.0), (2, 3.0)], slack=0)
        loop = asyncio.get_running_loop()
        admitted: list[tuple[str, float]] = []

        async def request(name: str, arrive: float) -> None:
            await asyncio.sleep(arrive)
            await limiter.acquire()
            admitted.append((name, round(loop.time(), 3)))

        arrivals = [("a", 0.0), ("b", 0.0), ("c", 0.5), ("d", 3.0), ("e", 7.0), ("f", 9.5)]
        await asyncio.gather(*(request(name, at) for name, at in arrivals))
        return admitted

    # a at 0; b paced to 1; c waits for the 3 s window (a leaves) to 3; d arrives at 3 as c is
    # admitted and waits for b to leave the window, at 4; e at 7 and f at 9.5 find room.
    assert on_fake_clock(body()) == [("a", 0.0), ("b", 1.0), ("c", 3.0), ("d", 4.0), ("e", 7.0), ("f", 9.5)]


def test_waiting_sleeps_instead_of_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    async def body() -> None:
        sleeps = 0
        real_sleep = asyncio.sleep

        async def counting_sleep(delay: float) -> None:
            nonlocal sleeps
            sleeps += 1
            await real_sleep(delay)

        monkeypatch.setattr(asyncio, "sleep", counting_sleep)  # the limiter imports asyncio when first used
        times = await admit(RateLimiter(), 450)
        assert len(times) == 450
        # Only the requests past the 200th wait for the minute window, each with one exact
        # sleep; the per-second pacing waits inside aiolimiter's timer, not in a loop.
        assert sleeps <= 450 - 200

    on_fake_clock(body())


def test_clients_sharing_a_limiter_share_one_budget() -> None:
    async def body() -> None:
        shared = RateLimiter()
        loop = asyncio.get_running_loop()
        sent: list[float] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(loop.time())
            return httpx.Response(200, json={"success": True, "data": [], "meta": []})

        transport = httpx.MockTransport(answer)
        first = AltegioClient(partner_token="a", rate_limiter=shared, transport=transport)
        second = AltegioClient(partner_token="b", rate_limiter=shared, transport=transport)
        await asyncio.gather(*(get_location_list.asyncio_detailed(client=c) for c in [first, second] * 6))
        assert shared.admitted == 12
        assert max_in_any_window(sent, 1.0) <= 5

    on_fake_clock(body())


def test_limits_are_validated() -> None:
    with pytest.raises(ValueError, match=r"^RateLimiter needs at least one limit; pass rate_limiter=None to disable"):
        RateLimiter(limits=[])
    for bad in [(0, 1.0), (1, 0.0), (1, -1.0)]:
        with pytest.raises(ValueError, match=r"^invalid limit Limit\(.*\): need max_requests >= 1 and period > 0$"):
            RateLimiter(limits=[bad])
    with pytest.raises(ValueError, match=r"^slack must be >= 0$"):
        RateLimiter(slack=-0.001)


@pytest.mark.realtime
async def test_against_a_strict_sliding_window_server_time_scaled() -> None:
    """300 requests, 50 tasks, real sockets; limits halved (5 per 0.5 s, 200 per 30 s).

    Network jitter does not scale with the limits, so the slack stays the default 25 ms rather
    than shrinking with them. The server runs in its own process.
    """
    scale = 0.5
    limits = [(n, period * scale) for n, period in ALTEGIO_LIMITS]
    with StrictLimitServer(time_scale=scale) as server:
        client = AltegioClient(
            partner_token="p", base_url=server.url, rate_limiter=RateLimiter(limits, slack=0.025), max_retries=0
        )
        async with client:
            queue = iter(range(300))

            async def worker() -> None:
                for _ in queue:
                    await get_location_list.asyncio_detailed(client=client)

            # The whole suite's modules are in this process: a full collection over them pauses
            # the loop for tens of ms, and one that falls after a request's late-send check and
            # before its bytes leave delays it past the slack (a 429). Frozen, the collector skips
            # what was here before the run (what an app does after start-up, gc.freeze()).
            gc.freeze()
            started = time.monotonic()
            try:
                await asyncio.gather(*(worker() for _ in range(50)))
            finally:
                gc.unfreeze()
            elapsed = time.monotonic() - started
        stats = server.stats()
    assert stats["rejected"] == 0
    assert stats["accepted"] == 300
    floor = minimum_duration(300, limits)
    span = stats["span"]  # first to last arrival, as the server saw them
    print(f"strict server: 300 requests arrived over {span:.2f}s ({elapsed:.2f}s end to end); minimum {floor:.2f}s")
    assert floor / span >= 0.97, f"300 requests arrived over {span:.2f}s; the limits allow {floor:.2f}s"


class _HttpcoreLike(httpx.AsyncBaseTransport):
    """Calls the ``trace`` extension as httpcore does, ``delay`` seconds after being handed the
    request (a connection being opened), then answers."""

    def __init__(self, delay: float, sent: list[float]) -> None:
        self.delay = delay
        self.sent = sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        trace = request.extensions.get("trace")
        await asyncio.sleep(self.delay)
        if trace is not None:
            await trace("connection.connect_tcp.complete", {})
            await trace("http11.send_request_headers.started", {"request": request})
        self.sent.append(asyncio.get_running_loop().time())
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})


def test_a_request_whose_headers_go_out_late_is_admitted_again() -> None:
    # 1 per second: a request held 0.3 s after admission (a new connection) takes a fresh
    # slot before it goes, so the server still sees the requests a full second apart.
    async def body() -> tuple[list[float], list[str]]:
        sent: list[float] = []
        seen: list[str] = []

        async def user_trace(event: str, info: dict[str, object]) -> None:
            seen.append(event)

        limiter = RateLimiter([(1, 1.0)], slack=0)
        slow = RateLimitedTransport(_HttpcoreLike(0.3, sent), limiter)
        fast = RateLimitedTransport(_HttpcoreLike(0.0, sent), limiter)
        first = httpx.Request("GET", "https://x/a", extensions={"trace": user_trace})
        await slow.handle_async_request(first)
        assert first.extensions["trace"] is user_trace  # the watch steps aside after the headers
        await fast.handle_async_request(httpx.Request("GET", "https://x/b"))
        await fast.handle_async_request(httpx.Request("GET", "https://x/c"))
        assert limiter.admitted == 3  # a re-admission is not a new request
        return sent, seen

    sent, seen = on_fake_clock(body())
    assert sent == pytest.approx([1.0, 2.0, 3.0], abs=1e-3)  # admitted at 0, late, re-admitted at 1
    assert seen == ["connection.connect_tcp.complete", "http11.send_request_headers.started"]


def test_a_prompt_request_is_not_admitted_twice() -> None:
    async def body() -> list[float]:
        sent: list[float] = []
        limiter = RateLimiter([(1, 1.0)], slack=0)
        transport = RateLimitedTransport(_HttpcoreLike(0.001, sent), limiter)
        request = httpx.Request("GET", "https://x/a")
        for _ in range(3):
            await transport.handle_async_request(request)  # also: the same request again, as a retry
            assert "trace" not in request.extensions  # later steps of the request are not traced
        return sent

    assert on_fake_clock(body()) == pytest.approx([0.001, 1.001, 2.001], abs=1e-4)


async def test_the_redis_limiter_readmits_a_late_request_too() -> None:
    import fakeredis

    from altegio_client import RedisRateLimiter

    sent: list[float] = []
    limiter = RedisRateLimiter(redis_client=fakeredis.FakeAsyncRedis(), key="late", limits=[(1, 0.2)], slack=0.0)
    slow = RateLimitedTransport(_HttpcoreLike(0.05, sent), limiter)
    fast = RateLimitedTransport(_HttpcoreLike(0.0, sent), limiter)
    await slow.handle_async_request(httpx.Request("GET", "https://x/a"))
    await fast.handle_async_request(httpx.Request("GET", "https://x/b"))
    assert limiter.admitted == 2
    assert sent[1] - sent[0] >= 0.2 - 0.01  # a full window apart as sent, not as admitted


class _CountingLimiter(RateLimiter):
    def __init__(self, slack: float) -> None:
        super().__init__([(100, 1.0)], slack=slack)
        self.readmitted = 0

    async def readmit(self) -> None:
        self.readmitted += 1
        await super().readmit()


@pytest.mark.parametrize(
    ("slack", "delay", "readmitted"),
    [
        (0.2, 0.09, 0),  # within half the slack
        (0.2, 0.11, 1),
        (0.0, 0.004, 0),  # no slack: LATE_SEND (5 ms) is the threshold
        (0.0, 0.006, 1),
    ],
)
def test_late_means_later_than_half_the_slack_or_late_send(slack: float, delay: float, readmitted: int) -> None:
    async def body() -> int:
        limiter = _CountingLimiter(slack)
        await RateLimitedTransport(_HttpcoreLike(delay, []), limiter).handle_async_request(
            httpx.Request("GET", "https://x/")
        )
        return limiter.readmitted

    assert LATE_SEND == 0.005
    assert on_fake_clock(body()) == readmitted


def test_a_retried_request_is_watched_once_not_by_its_earlier_attempts_watch() -> None:
    class FailsBeforeHeaders(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(0.5)  # the connection attempt fails before any header is sent
            raise httpx.ConnectError("refused")

    async def body() -> tuple[int, list[str]]:
        limiter = _CountingLimiter(slack=0.0)
        events: list[str] = []

        async def user_trace(event: str, info: dict[str, object]) -> None:
            assert event == "connection.connect_tcp.complete" or info["request"] is request  # passed on as is
            events.append(event)

        request = httpx.Request("GET", "https://x/", extensions={"trace": user_trace})
        with pytest.raises(httpx.ConnectError):
            await RateLimitedTransport(FailsBeforeHeaders(), limiter).handle_async_request(request)
        await RateLimitedTransport(_HttpcoreLike(0.0, []), limiter).handle_async_request(request)  # the retry
        return limiter.readmitted, events

    readmitted, events = on_fake_clock(body())
    assert readmitted == 0  # the retry went out promptly; the first attempt's deadline is not its own
    assert events == ["connection.connect_tcp.complete", "http11.send_request_headers.started"]


async def test_async_with_takes_a_slot_and_lets_errors_through() -> None:
    limiter = RateLimiter([(5, 1.0)])
    with pytest.raises(KeyError):
        async with limiter:
            raise KeyError("inside")
    assert limiter.admitted == 1


def test_limits_are_sorted_shortest_first_and_shown() -> None:
    limiter = RateLimiter([(200, 60), (5, 1)], slack=0.01)
    assert limiter.limits == ((5, 1.0), (200, 60.0))
    assert RateLimiter([(50, 60), (100, 1)]).limits == ((100, 1.0), (50, 60.0))  # by period, not count
    assert repr(limiter) == "RateLimiter(5/1s, 200/60s, slack=0.01s, admitted=0)"
    assert RateLimiter([(1, 0.001)], slack=0).limits == ((1, 0.001),)  # any positive period


def test_every_admission_is_counted_and_a_readmission_fills_the_longer_windows_too() -> None:
    async def body() -> list[float]:
        limiter = RateLimiter([(1, 0.1), (2, 10.0)], slack=0)
        loop = asyncio.get_running_loop()
        times = []
        for _ in range(3):  # room each time: admitted at once, and counted
            await limiter.acquire()
            await asyncio.sleep(20)
        assert limiter.admitted == 3
        await limiter.acquire()
        await limiter.readmit()  # takes the second slot of the 10 s window
        for _ in range(2):
            await limiter.acquire()  # each waits for the oldest entry to leave the 10 s window
            times.append(loop.time() - 60)
        assert limiter.admitted == 6
        return times

    assert on_fake_clock(body()) == pytest.approx([10.0, 10.1], abs=1e-6)
