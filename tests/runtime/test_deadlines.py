"""Call deadlines: one timer for all the calls on an event loop (altegio_client/_deadlines.py).

Promises: a call is cancelled at its own deadline, not earlier, not later, whatever the other
calls in flight do; a call that ends in time is never cancelled; the time it queues for the
limiter (``paused``) does not count; a deadline takes back only its own cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

import httpx
import pytest

from altegio_client import APITimeoutError
from altegio_client._deadlines import CallDeadline, CallDeadlines
from altegio_client._retries import RetryPolicy, RetryTransport


def _deadline(seconds: float) -> CallDeadline:
    return CallDeadlines(asyncio.get_running_loop()).start(seconds)


async def _cancelled_at(deadlines: CallDeadlines, seconds: float, *, ends_after: float = 3600.0) -> float | None:
    """Run a call with a ``seconds`` deadline that takes ``ends_after``; when it was cancelled."""
    loop = deadlines.loop
    deadline = deadlines.start(seconds)
    try:
        await asyncio.sleep(ends_after)
    except asyncio.CancelledError:
        assert deadline.settle()
        return loop.time()
    assert not deadline.settle()
    return None


@pytest.mark.fake_clock
async def test_time_inside_paused_does_not_count_against_the_deadline() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = _deadline(1.0)
    with deadline.paused():
        await asyncio.sleep(5.0)  # past the original deadline: not cancelled
    assert deadline.at == pytest.approx(start + 6.0)
    await asyncio.sleep(0.5)
    assert not deadline.settle()
    deadline = _deadline(1.0)
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(5.0)  # not paused: cancelled at the deadline
    assert loop.time() == pytest.approx(start + 6.5)  # 5.5 + its 1 s
    assert deadline.settle()


@pytest.mark.fake_clock
async def test_each_call_is_cancelled_at_its_own_deadline_whatever_the_others_do() -> None:
    deadlines = CallDeadlines(asyncio.get_running_loop())
    start = deadlines.loop.time()
    outcomes = await asyncio.gather(
        _cancelled_at(deadlines, 5.0),
        _cancelled_at(deadlines, 1.0),  # made later, due earlier: the timer moves to it
        _cancelled_at(deadlines, 2.0, ends_after=1.5),  # ends in time
        _cancelled_at(deadlines, 3.0),  # due after a call that ended: the timer arms again for it
        _cancelled_at(deadlines, 3.0),  # two due at once
    )
    assert list(outcomes) == [start + 5.0, start + 1.0, None, start + 3.0, start + 3.0]


@pytest.mark.fake_clock
async def test_a_deadline_settled_in_time_never_cancels_the_task() -> None:
    deadline = _deadline(1.0)
    assert not deadline.settle()
    await asyncio.sleep(5.0)  # past the deadline the call no longer has: not cancelled
    assert deadline.expired is False


@pytest.mark.fake_clock
async def test_a_timer_that_runs_early_still_expires_what_it_was_armed_for() -> None:
    loop = asyncio.get_running_loop()
    deadlines = CallDeadlines(loop)
    deadline = deadlines.start(1.0)
    real_time = loop.time
    loop.time = lambda: deadline.at - 1e-9  # type: ignore[method-assign]  # within the clock's resolution
    try:
        deadlines._expire_due()  # as the loop runs a timer a resolution early
    finally:
        loop.time = real_time  # type: ignore[method-assign]
    assert deadline.expired
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(0)
    assert deadline.settle()


@pytest.mark.fake_clock
async def test_a_deadline_that_expired_before_a_pause_never_cancels_twice() -> None:
    deadline = _deadline(1.0)
    with contextlib.suppress(asyncio.CancelledError):  # code that swallows the cancellation
        await asyncio.sleep(5.0)
    assert deadline.expired
    with deadline.paused():
        await asyncio.sleep(5.0)  # not cancelled again
    assert deadline.settle()


def _running_task() -> asyncio.Task[object]:
    task = asyncio.current_task()
    assert task is not None
    return task


# Task.cancelling() and Task.uncancel() are Python 3.11's: on 3.10 these tests do not exist.
if sys.version_info >= (3, 11):

    @pytest.mark.fake_clock
    async def test_a_deadline_takes_back_only_its_own_cancellation() -> None:
        task = _running_task()
        deadline = _deadline(1.0)
        with pytest.raises(asyncio.CancelledError):
            await asyncio.sleep(5.0)
        assert deadline.settle()  # the deadline's alone: the call raises APITimeoutError
        assert task.cancelling() == 0  # and the task is not left cancelling
        deadline = _deadline(1.0)
        task.cancel()  # the caller cancels, before the deadline passes
        with pytest.raises(asyncio.CancelledError):
            await asyncio.sleep(5.0)
        assert not deadline.expired
        assert not deadline.settle()  # the caller's: it propagates as CancelledError
        assert task.uncancel() == 0

    @pytest.mark.fake_clock
    async def test_a_deadline_made_in_a_task_already_cancelled_once_still_knows_its_own() -> None:
        task = _running_task()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):  # caught, never taken back: still counted
            await asyncio.sleep(0)
        assert task.cancelling() == 1
        deadline = _deadline(1.0)
        with pytest.raises(asyncio.CancelledError):
            await asyncio.sleep(5.0)
        assert deadline.settle()  # its own, though the task counted a request before it
        assert task.cancelling() == 1
        task.uncancel()


async def test_a_deadline_needs_a_task() -> None:
    loop = asyncio.get_running_loop()
    made: asyncio.Future[BaseException | None] = loop.create_future()

    def make() -> None:  # a loop callback: a running loop, no task
        try:
            _deadline(1.0)
        except Exception as exc:  # whatever it raises is the answer
            made.set_result(exc)
        else:
            made.set_result(None)

    loop.call_soon(make)
    error = await asyncio.wait_for(made, 5.0)
    assert isinstance(error, RuntimeError)
    assert str(error) == "a call deadline needs a running asyncio task"


def _hanging_transport(started: asyncio.Event | None = None) -> httpx.MockTransport:
    async def hang(request: httpx.Request) -> httpx.Response:
        if started is not None:
            started.set()
        await asyncio.sleep(5.0)  # bounded: a deadline that never fires fails the test, not hangs it
        raise AssertionError("not cancelled")

    return httpx.MockTransport(hang)


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://api.alteg.io/api/v1/x")


async def test_a_call_the_caller_cancels_raises_cancelled_not_a_timeout() -> None:
    started = asyncio.Event()
    transport = RetryTransport(_hanging_transport(started), RetryPolicy(deadline=60.0))
    call = asyncio.create_task(transport.handle_async_request(_request()))
    await asyncio.wait_for(started.wait(), 5.0)  # bounded: a call that fails before sending fails the test
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call


def test_one_transport_keeps_its_deadlines_on_each_event_loop_it_runs_on() -> None:
    transport = RetryTransport(_hanging_transport(), RetryPolicy(deadline=0.05))

    async def call() -> str:
        with pytest.raises(APITimeoutError) as caught:
            await transport.handle_async_request(_request())
        return str(caught.value)

    # A new loop each time (a script calling asyncio.run twice): the first loop's timer is gone.
    assert "0.05 s deadline" in asyncio.run(call())
    assert "0.05 s deadline" in asyncio.run(call())
