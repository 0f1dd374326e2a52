"""The transport layers, each on its own, and how operations reach them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Iterator
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient, APIStatusError, UserTokenRequiredError
from altegio_client._auth import AuthorizationTransport, PartnerUserAuth
from altegio_client._deadlines import DEADLINE_EXTENSION, CallDeadline, CallDeadlines
from altegio_client._limiter import RateLimitedTransport, RateLimiter
from altegio_client._logging import RequestLogTransport
from altegio_client._operation import OPERATION_EXTENSION, operation_of
from altegio_client._routing import ServerRoutingTransport
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
    request.headers["Authorization"] = auth.header_for(OPERATIONS["get_location"])  # as sent before
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


class _Handed(httpx.AsyncBaseTransport):
    """Notes the coroutine it hands out for each request (the caller awaits it)."""

    def __init__(self) -> None:
        self.handed: list[object] = []

    def handle_async_request(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        async def answer() -> httpx.Response:
            return httpx.Response(200)

        coroutine = answer()
        self.handed.append(coroutine)
        return coroutine


@pytest.mark.parametrize("layer", ["routing", "authorization", "log"])
async def test_a_layer_that_only_prepares_the_request_hands_on_the_inner_coroutine(layer: str) -> None:
    # No coroutine of its own: a request resumes a few times while it waits for the network, and
    # each resumption would pass through one more frame per layer.
    inner = _Handed()
    transports: dict[str, httpx.AsyncBaseTransport] = {
        "routing": ServerRoutingTransport(inner, httpx.URL("https://api.alteg.io/api"), {}),
        "authorization": AuthorizationTransport(inner, PartnerUserAuth("p", "u")),
        "log": RequestLogTransport(inner),
    }
    handed = transports[layer].handle_async_request(_request("get_location"))
    assert inner.handed == [handed]
    assert (await handed).status_code == 200


async def test_the_log_layer_runs_its_own_coroutine_only_when_it_logs(caplog: pytest.LogCaptureFixture) -> None:
    inner = _Handed()
    with caplog.at_level(logging.INFO, logger="altegio_client.http"):
        handed = RequestLogTransport(inner).handle_async_request(_request("get_location"))
        assert inner.handed == []  # the log's coroutine calls the inner layer when awaited
        await handed
    assert len(inner.handed) == 1


async def test_operations_skip_the_httpx_clients_sending_no_cookie_kept_no_query_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # httpx's client would keep Set-Cookie for the next request and log each URL with its query
    # (personal data in filters); the SDK's requests go straight to its layers.
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"success": True, "data": [], "meta": {"total_count": 0}}
        return httpx.Response(200, json=body, headers={"Set-Cookie": "session=s1; Path=/"})

    with caplog.at_level(logging.INFO, logger="httpx"):
        async with AltegioClient("p", "u", transport=httpx.MockTransport(answer)) as client:
            await client.appointments.get_appointment_list(1, client_id=4711)
            await client.appointments.get_appointment_list(1, client_id=4711)
    assert len(seen) == 2
    assert "cookie" not in seen[1].headers
    assert [record for record in caplog.records if record.name.startswith("httpx")] == []


async def test_each_answer_tells_how_long_its_attempt_took() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)
        status = 200 if request.url.path.endswith("/1") else 404
        return httpx.Response(status, json={"success": status == 200, "data": [], "meta": {"message": "no"}})

    async with AltegioClient("p", "u", transport=httpx.MockTransport(answer)) as client:
        response = await client.send_operation(OPERATIONS["get_location"], {"method": "GET", "url": "/v1/company/1"})
        with pytest.raises(APIStatusError) as caught:
            await client.send_operation(OPERATIONS["get_location"], {"method": "GET", "url": "/v1/company/2"})
    assert 0.02 <= response.elapsed.total_seconds() < 1.0
    assert 0.02 <= caught.value.response.elapsed.total_seconds() < 1.0
