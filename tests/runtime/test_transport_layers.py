"""AuthorizationTransport and RateLimitedTransport, each on its own."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

import httpx
import pytest

from altegio_client import UserTokenRequiredError
from altegio_client._auth import AuthorizationTransport, PartnerUserAuth
from altegio_client._deadlines import DEADLINE_EXTENSION, CallDeadline, CallDeadlines
from altegio_client._limiter import RateLimitedTransport, RateLimiter
from altegio_client._operation import OPERATION_EXTENSION, operation_of
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


def test_a_raw_request_or_a_foreign_extension_value_names_no_operation() -> None:
    assert operation_of(_request("get_location")) is OPERATIONS["get_location"]
    assert operation_of(httpx.Request("GET", "https://api.alteg.io/api/v1/x")) is None
    foreign = httpx.Request("GET", "https://api.alteg.io/api/v1/x", extensions={OPERATION_EXTENSION: "get_location"})
    assert operation_of(foreign) is None


class _RecordingDeadline(CallDeadline):
    """A call deadline that notes each pause (the real one moves its timer)."""

    __slots__ = ("pauses",)

    def __init__(self, deadlines: CallDeadlines, seconds: float) -> None:
        super().__init__(deadlines, seconds)
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

    deadline = _RecordingDeadline(CallDeadlines(asyncio.get_running_loop()), 5.0)
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
