"""AuthorizationTransport and CallDeadline, each on its own."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Iterator

import httpx
import pytest

from altegio_client import UserTokenRequiredError
from altegio_client._auth import AuthorizationTransport, PartnerUserAuth
from altegio_client._limiter import RateLimitedTransport, RateLimiter
from altegio_client._operation import OPERATION_EXTENSION, operation_of
from altegio_client._retries import DEADLINE_EXTENSION, CallDeadline, RetryPolicy, RetryTransport
from altegio_client.api._operations import OPERATIONS


def _request(operation: str) -> httpx.Request:
    return httpx.Request(
        "GET", "https://api.alteg.io/api/v1/x", extensions={OPERATION_EXTENSION: OPERATIONS[operation]}
    )


async def test_authorization_transport_writes_the_tokens_current_when_sent() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200)

    inner = httpx.MockTransport(record)
    auth = PartnerUserAuth("p", "u1")
    transport = AuthorizationTransport(inner, auth)
    request = _request("get_location")
    request.headers["Authorization"] = auth.header_for(OPERATIONS["get_location"])  # what httpx.Auth set earlier
    auth.set_user_token("u2")
    await transport.handle_async_request(request)
    auth.set_partner_token("p2")
    await transport.handle_async_request(_request("authorize_user"))  # partner-only operation
    assert seen == ["Bearer p, User u2", "Bearer p2"]


async def test_user_token_dropped_while_queued_fails_a_user_required_call_unsent() -> None:
    inner = httpx.MockTransport(lambda request: pytest.fail("sent without a user token"))
    auth = PartnerUserAuth("p", "u1")
    auth.set_user_token(None)
    with pytest.raises(UserTokenRequiredError, match="get_appointment_list"):
        await AuthorizationTransport(inner, auth).handle_async_request(_request("get_appointment_list"))


@pytest.mark.fake_clock
async def test_time_inside_paused_does_not_count_against_the_deadline() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = CallDeadline(1.0)
    with deadline.paused():
        await asyncio.sleep(5.0)  # past the original deadline: not cancelled
    assert deadline.at == pytest.approx(start + 6.0)
    await asyncio.sleep(0.5)
    assert not deadline.settle()
    deadline = CallDeadline(1.0)
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(5.0)  # not paused: cancelled at the deadline
    assert loop.time() == pytest.approx(start + 6.5)  # 5.5 + its 1 s
    assert deadline.settle()


@pytest.mark.fake_clock
async def test_a_deadline_settled_in_time_never_cancels_the_task() -> None:
    deadline = CallDeadline(1.0)
    assert not deadline.settle()
    await asyncio.sleep(5.0)  # past the disarmed deadline: not cancelled
    assert deadline.expired is False


@pytest.mark.fake_clock
async def test_a_deadline_takes_back_only_its_own_cancellation() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("Task.cancelling() and uncancel() are Python 3.11+")
    task = asyncio.current_task()
    assert task is not None
    deadline = CallDeadline(1.0)
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(5.0)
    assert deadline.settle()  # the deadline's alone: the call raises APITimeoutError
    assert task.cancelling() == 0  # and the task is not left cancelling
    deadline = CallDeadline(1.0)
    task.cancel()  # the caller cancels too, before the deadline passes
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(5.0)
    await asyncio.sleep(0)  # not cancelled twice: the deadline's timer was still armed
    assert not deadline.expired
    assert not deadline.settle()  # the caller's: it propagates as CancelledError
    assert task.uncancel() == 0


@pytest.mark.fake_clock
async def test_a_deadline_made_in_a_task_already_cancelled_once_still_knows_its_own() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("Task.cancelling() and uncancel() are Python 3.11+")
    task = asyncio.current_task()
    assert task is not None
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):  # caught, never taken back: still counted
        await asyncio.sleep(0)
    assert task.cancelling() == 1
    deadline = CallDeadline(1.0)
    with pytest.raises(asyncio.CancelledError):
        await asyncio.sleep(5.0)
    assert deadline.settle()  # its own, though the task counted a request before it
    assert task.cancelling() == 1
    task.uncancel()


async def test_a_deadline_needs_a_task() -> None:
    loop = asyncio.get_running_loop()
    made: asyncio.Future[BaseException] = loop.create_future()

    def make() -> None:  # a loop callback: a running loop, no task
        try:
            CallDeadline(1.0)
        except RuntimeError as exc:
            made.set_result(exc)

    loop.call_soon(make)
    assert str(await made) == "a call deadline needs a running asyncio task"


async def test_a_call_the_caller_cancels_raises_cancelled_not_a_timeout() -> None:
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(3600)
        raise AssertionError("not cancelled")

    transport = RetryTransport(httpx.MockTransport(hang), RetryPolicy(deadline=60.0))
    call = asyncio.create_task(transport.handle_async_request(httpx.Request("GET", "https://api.alteg.io/api/v1/x")))
    await started.wait()
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call


def test_a_raw_request_or_a_foreign_extension_value_names_no_operation() -> None:
    assert operation_of(_request("get_location")) is OPERATIONS["get_location"]
    assert operation_of(httpx.Request("GET", "https://api.alteg.io/api/v1/x")) is None
    foreign = httpx.Request("GET", "https://api.alteg.io/api/v1/x", extensions={OPERATION_EXTENSION: "get_location"})
    assert operation_of(foreign) is None


class _RecordingDeadline(CallDeadline):
    """A call deadline that notes each pause (the real one moves its timer)."""

    __slots__ = ("pauses",)

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.pauses = 0

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        self.pauses += 1
        with super().paused():
            yield


@pytest.mark.fake_clock
async def test_the_deadline_is_paused_only_when_the_limiter_makes_the_call_wait() -> None:
    limiter = RateLimiter([(2, 1.0)], slack=0)  # paced: 0.5 s between two requests
    transport = RateLimitedTransport(httpx.MockTransport(lambda request: httpx.Response(200)), limiter)

    async def send(deadline: CallDeadline) -> None:
        request = httpx.Request("GET", "https://api.alteg.io/api/v1/x", extensions={DEADLINE_EXTENSION: deadline})
        await transport.handle_async_request(request)

    deadline = _RecordingDeadline(5.0)
    await send(deadline)
    await asyncio.sleep(0.5)
    await send(deadline)  # each admitted at once: nothing paused
    assert deadline.pauses == 0
    await send(deadline)  # waits 0.5 s for the pace: paused
    assert deadline.pauses == 1
    assert not deadline.settle()
    assert limiter.admitted == 3


@pytest.mark.fake_clock
async def test_a_limiter_admits_now_only_with_room_in_every_limit_and_nobody_queued() -> None:
    limiter = RateLimiter([(2, 1.0), (3, 10.0)], slack=0)
    assert limiter.admits_now()
    await limiter.acquire()  # t=0
    assert not limiter.admits_now()  # the pace: the next at 0.5 s
    await asyncio.sleep(0.5)
    assert limiter.admits_now()
    await limiter.acquire()  # t=0.5
    queued = asyncio.create_task(limiter.acquire())  # waits for the pace
    await asyncio.sleep(0)
    assert not limiter.admits_now()  # somebody is queued
    await queued  # t=1.0
    await asyncio.sleep(0.5)
    assert not limiter.admits_now()  # the pace has room, the 10 s window not: 3 in it
    await asyncio.sleep(8.5)  # t=10: the first admission leaves the window
    assert limiter.admits_now()
    assert limiter.admitted == 3
