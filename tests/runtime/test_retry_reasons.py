"""Each retry is logged with its reason and wait; the error after the last attempt names the last failure.

README "Retries"/"Logging" and docs/reliability.md: every retry is an INFO record on
``altegio_client`` (operation, method, path, reason, wait; never a header, query string or
body); the wait is full-jitter exponential backoff (``backoff_base`` doubling per retry, capped
by ``backoff_max``) unless ``Retry-After`` says otherwise; a ``Retry-After`` longer than
``max_retry_after`` is not waited for; what is raised after the last attempt says what failed.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from collections.abc import Callable
from types import SimpleNamespace

import httpx
import pytest
import respx

from altegio_client import (
    AltegioClient,
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from altegio_client._retries import RetryTransport, parse_retry_after
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location

from .conftest import API, PARTNER, USER, ok
from .test_retries import BOOKING

pytestmark = pytest.mark.fake_clock

URL = f"{API}/v1/company/1"
WHERE = f"get_location: GET {URL}"
#: backoff_base 0.5 and a jitter that always draws its maximum: waits of 0.5, 1, 2, 4, then 8 (the cap)
STEADY = RetryPolicy(max_retries=3, random=lambda: 1.0)


def _client(policy: RetryPolicy = STEADY) -> AltegioClient:
    return AltegioClient(partner_token=PARTNER, user_token=USER, rate_limiter=None, retry_policy=policy)


def _retries(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "altegio_client" and r.levelno == logging.INFO]


@pytest.mark.parametrize(
    ("failure", "reason"),
    [
        pytest.param(lambda: httpx.Response(503), "HTTP 503", id="503"),
        pytest.param(lambda: httpx.Response(429), "HTTP 429", id="429"),
        pytest.param(lambda: httpx.ConnectError("refused"), "ConnectError", id="connect-error"),
        pytest.param(lambda: httpx.ReadTimeout("slow"), "ReadTimeout", id="read-timeout"),
    ],
)
async def test_each_retry_is_logged_with_its_reason_and_backoff(
    api: respx.MockRouter,
    caplog: pytest.LogCaptureFixture,
    failure: Callable[[], httpx.Response | Exception],
    reason: str,
) -> None:
    caplog.set_level(logging.INFO, logger="altegio_client")
    route = api.get("/v1/company/1").mock(
        side_effect=[failure(), failure(), failure(), httpx.Response(200, json=ok({"id": 1}))]
    )
    loop = asyncio.get_running_loop()
    async with _client() as client:
        start = loop.time()
        await get_location.asyncio_detailed(client=client, location_id=1, my=1)
    assert route.call_count == 4
    assert loop.time() - start == pytest.approx(0.5 + 1 + 2, abs=1e-3)
    assert _retries(caplog) == [
        f"altegio retry 1/3 of get_location GET /api/v1/company/1 after {reason}; waiting 0.50s",
        f"altegio retry 2/3 of get_location GET /api/v1/company/1 after {reason}; waiting 1.00s",
        f"altegio retry 3/3 of get_location GET /api/v1/company/1 after {reason}; waiting 2.00s",
    ]


async def test_backoff_stops_doubling_at_backoff_max(api: respx.MockRouter, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="altegio_client")
    api.get("/v1/company/1").respond(503)
    policy = RetryPolicy(max_retries=4, backoff_base=1.0, backoff_max=3.0, random=lambda: 1.0)
    async with _client(policy) as client:
        with pytest.raises(ServerError):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert [message.rpartition("waiting ")[2] for message in _retries(caplog)] == ["1.00s", "2.00s", "3.00s", "3.00s"]


def test_backoff_is_a_random_fraction_of_the_exponential_step() -> None:
    draws = iter([0.25, 0.5, 0.0])
    policy = RetryPolicy(backoff_base=2.0, backoff_max=100.0, random=lambda: next(draws))
    assert [policy.backoff(retry) for retry in (1, 2, 3)] == [0.5, 2.0, 0.0]


async def test_a_raw_request_is_logged_as_request(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="altegio_client")
    answers = iter([httpx.Response(503), httpx.Response(200)])
    transport = RetryTransport(httpx.MockTransport(lambda request: next(answers)), STEADY)
    async with httpx.AsyncClient(transport=transport) as raw:
        assert (await raw.get(f"{URL}?secret=s")).status_code == 200
    assert _retries(caplog) == ["altegio retry 1/3 of request GET /api/v1/company/1 after HTTP 503; waiting 0.50s"]


async def test_a_raw_request_that_cannot_connect_is_described_without_query_or_fragment() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    transport = RetryTransport(httpx.MockTransport(refuse), RetryPolicy(max_retries=0))
    async with httpx.AsyncClient(transport=transport) as raw:
        with pytest.raises(APIConnectionError) as caught:
            await raw.get(f"{URL}?secret=s#top")
    assert caught.value.url == URL
    assert str(caught.value) == f"GET {URL}: ConnectError: [Errno 111] Connection refused"


def test_retry_after_reads_seconds_and_http_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_retry_after("0") == 0.0
    assert parse_retry_after(" 2.5 ") == 2.5
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after("") is None
    assert parse_retry_after("Wed, 99 Foo 2026 nonsense") is None
    date = "Mon, 30 Nov 2026 12:00:30 GMT"
    assert parse_retry_after(date, now=email.utils.parsedate_to_datetime(date).timestamp() - 30) == 30.0
    noon = email.utils.parsedate_to_datetime("Mon, 30 Nov 2026 12:00:00 GMT").timestamp()
    monkeypatch.setattr("altegio_client._retries.time", SimpleNamespace(time=lambda: noon))
    assert parse_retry_after(date) == 30.0  # without `now`: from the wall clock
    assert parse_retry_after("Mon, 30 Nov 2026 11:59:00 GMT") == 0.0


async def test_a_retry_after_equal_to_the_cap_is_waited_for(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "60"}), httpx.Response(200, json=ok({"id": 1}))]
    )
    loop = asyncio.get_running_loop()
    async with _client(RetryPolicy(max_retry_after=60)) as client:
        start = loop.time()
        await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 2
    assert loop.time() - start == pytest.approx(60, abs=1e-3)


async def test_a_retry_after_past_the_cap_is_final_and_names_the_status(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").respond(
        429, headers={"Retry-After": "61"}, json={"success": False, "meta": {"message": "Too many requests"}}
    )
    loop = asyncio.get_running_loop()
    async with _client(RetryPolicy(max_retry_after=60)) as client:
        start = loop.time()
        with pytest.raises(RateLimitError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 1
    assert loop.time() == start
    assert str(caught.value) == f"{WHERE} -> HTTP 429: Too many requests"


@pytest.mark.parametrize(
    ("failure", "raised", "text"),
    [
        pytest.param(
            lambda: httpx.ConnectError("[Errno 111] Connection refused"),
            APIConnectionError,
            f"{WHERE}: ConnectError: [Errno 111] Connection refused",
            id="connect-error",
        ),
        pytest.param(lambda: httpx.ReadError(""), APIConnectionError, f"{WHERE}: ReadError", id="no-detail"),
        pytest.param(
            lambda: httpx.ReadTimeout("slow"), APITimeoutError, f"{WHERE}: timed out (ReadTimeout)", id="read-timeout"
        ),
        pytest.param(
            lambda: httpx.PoolTimeout("pool"), APITimeoutError, f"{WHERE}: timed out (PoolTimeout)", id="pool-timeout"
        ),
    ],
)
async def test_the_error_after_the_last_attempt_names_the_last_failure(
    api: respx.MockRouter, failure: Callable[[], Exception], raised: type[APIConnectionError], text: str
) -> None:
    failures = [failure() for _ in range(4)]
    route = api.get("/v1/company/1").mock(side_effect=failures)
    async with _client() as client:
        with pytest.raises(raised) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1, my=1)
    assert route.call_count == 4
    assert type(caught.value) is raised
    assert str(caught.value) == text
    assert caught.value.reason == text.removeprefix(f"{WHERE}: ")
    assert (caught.value.operation, caught.value.method, caught.value.url) == ("get_location", "GET", URL)
    assert caught.value.request.url.params["my"] == "1"  # the request as sent; only the text drops the query
    assert caught.value.__cause__ is failures[-1]


async def test_a_post_that_may_have_been_processed_fails_at_once_naming_why(api: respx.MockRouter) -> None:
    timeout = httpx.ReadTimeout("slow")
    dropped = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    route = api.post("/v1/records/1").mock(side_effect=[timeout, dropped])
    async with _client() as client:
        with pytest.raises(APITimeoutError) as timed_out:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
        with pytest.raises(APIConnectionError) as cut:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert route.call_count == 2
    assert str(timed_out.value) == f"create_appointment: POST {API}/v1/records/1: timed out (ReadTimeout)"
    assert timed_out.value.__cause__ is timeout
    assert type(cut.value) is APIConnectionError
    assert str(cut.value) == (
        f"create_appointment: POST {API}/v1/records/1: "
        "RemoteProtocolError: Server disconnected without sending a response."
    )
    assert cut.value.__cause__ is dropped


async def test_a_transport_error_that_is_never_retried_fails_at_once(api: respx.MockRouter) -> None:
    unsupported = httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'ftp://'.")
    route = api.get("/v1/company/1").mock(side_effect=[unsupported, httpx.Response(200, json=ok({"id": 1}))])
    async with _client() as client:
        with pytest.raises(APIConnectionError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 1
    assert str(caught.value) == f"{WHERE}: UnsupportedProtocol: Request URL has an unsupported protocol 'ftp://'."
    assert caught.value.__cause__ is unsupported


async def test_a_header_that_is_not_valid_http_fails_at_once_chaining_nothing(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").mock(side_effect=httpx.LocalProtocolError("Illegal header value b'SECRET\\n'"))
    async with _client() as client:
        with pytest.raises(APIConnectionError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 1
    assert str(caught.value) == f"{WHERE}: LocalProtocolError: a request header is not valid HTTP"
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    assert "SECRET" not in repr(caught.value)


@pytest.mark.parametrize(("deadline", "shown"), [(90.0, "90"), (2.5, "2.5")])
async def test_a_call_past_its_deadline_says_which_deadline(deadline: float, shown: str) -> None:
    async def never_answers(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(10_000)
        raise AssertionError("unreachable")

    loop = asyncio.get_running_loop()
    transport = RetryTransport(httpx.MockTransport(never_answers), RetryPolicy(deadline=deadline))
    async with httpx.AsyncClient(transport=transport) as raw:
        start = loop.time()
        with pytest.raises(APITimeoutError) as caught:
            await raw.get(URL)
    assert loop.time() - start == pytest.approx(deadline, abs=1e-3)
    assert str(caught.value) == f"GET {URL}: no complete answer within the call's {shown} s deadline"


@pytest.mark.parametrize("retry_after", ["10", "10.001"])
async def test_a_wait_that_would_end_at_or_past_the_deadline_is_not_begun(
    api: respx.MockRouter, retry_after: str
) -> None:
    route = api.get("/v1/company/1").respond(503, headers={"Retry-After": retry_after})
    loop = asyncio.get_running_loop()
    async with _client(RetryPolicy(max_retries=5, deadline=10)) as client:
        start = loop.time()
        with pytest.raises(ServerError):  # the answer in hand, at once: not a timeout 10 s later
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 1
    assert loop.time() == start


async def test_a_wait_that_ends_before_the_deadline_is_begun(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "9.5"}), httpx.Response(200, json=ok({"id": 1}))]
    )
    async with _client(RetryPolicy(max_retries=5, deadline=10)) as client:
        assert (await get_location.asyncio_detailed(client=client, location_id=1)).status_code == 200
    assert route.call_count == 2


def test_a_response_size_cap_must_be_positive() -> None:
    inner = httpx.MockTransport(lambda request: httpx.Response(200))
    with pytest.raises(ValueError, match=r"^max_response_size must be a positive number of bytes$"):
        RetryTransport(inner, RetryPolicy(), max_response_size=0)
    assert RetryTransport(inner, RetryPolicy(), max_response_size=1).max_response_size == 1


async def test_closing_the_retry_layer_closes_what_it_wraps() -> None:
    closed: list[bool] = []

    class Inner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append(True)

    await RetryTransport(Inner(), RetryPolicy()).aclose()
    assert closed == [True]
