"""Retries: 429 for any method, 5xx/timeouts only where repeating cannot duplicate anything."""

from __future__ import annotations

import asyncio
import email.utils
import time

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
from altegio_client._retries import parse_retry_after
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location
from altegio_client.models import RecordsCompanyidRequestDataTypesType0

from .conftest import PARTNER, USER, ok

# Every test here runs on a fake clock: waits are measured in loop time, not spent.
pytestmark = pytest.mark.fake_clock


BOOKING = RecordsCompanyidRequestDataTypesType0.from_dict(
    {
        "staff_id": 1,
        "services": [],
        "client": {"phone": "+1", "name": "A"},
        "datetime": "2026-01-01T10:00:00",
        "seance_length": 3600,
        "save_if_busy": False,
        "send_sms": False,
    }
)


def _client(**kwargs: object) -> AltegioClient:
    return AltegioClient(partner_token=PARTNER, user_token=USER, rate_limiter=None, **kwargs)  # type: ignore[arg-type]


async def test_429_then_200_honours_retry_after_seconds(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(200, json=ok({"id": 1}))]
    )
    loop = asyncio.get_running_loop()
    async with _client() as client:
        start = loop.time()
        response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert response.status_code == 200
    assert route.call_count == 2
    assert loop.time() - start == pytest.approx(1.0, abs=0.01)


async def test_429_is_retried_even_for_post(api: respx.MockRouter) -> None:
    route = api.post("/v1/records/1").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(201, json=ok([]))]
    )
    async with _client() as client:
        response = await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert response.status_code == 201
    assert route.call_count == 2


async def test_post_is_not_retried_on_503_while_get_is(api: respx.MockRouter) -> None:
    post = api.post("/v1/records/1").respond(503, json={"success": False, "meta": {"message": "busy"}})
    get = api.get("/v1/company/1").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=ok({"id": 1}))])
    async with _client() as client:
        with pytest.raises(ServerError) as caught:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
        response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert post.call_count == 1
    assert caught.value.status_code == 503
    assert caught.value.message == "busy"
    assert get.call_count == 2
    assert response.status_code == 200


async def test_post_is_retried_on_503_when_the_caller_opts_in(api: respx.MockRouter) -> None:
    post = api.post("/v1/records/1").mock(side_effect=[httpx.Response(503), httpx.Response(201, json=ok([]))])
    async with _client() as client:
        response = await create_appointment.asyncio_detailed(
            client=client.with_options(retry_non_idempotent=True), location_id=1, body=BOOKING
        )
        assert post.call_count == 2
        assert response.status_code == 201
        post.side_effect = [httpx.Response(503)]
        with pytest.raises(ServerError):  # the opt-in was for that derived client only
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert post.call_count == 3


async def test_read_timeout_retried_for_get_not_for_post(api: respx.MockRouter) -> None:
    get = api.get("/v1/company/1").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=ok({"id": 1}))]
    )
    post = api.post("/v1/records/1").mock(side_effect=httpx.ReadTimeout("slow"))
    async with _client() as client:
        assert (await get_location.asyncio_detailed(client=client, location_id=1)).status_code == 200
        with pytest.raises(APITimeoutError):
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert get.call_count == 2
    assert post.call_count == 1


async def test_connect_error_is_retried_for_post_because_nothing_was_sent(api: respx.MockRouter) -> None:
    post = api.post("/v1/records/1").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(201, json=ok([]))])
    async with _client() as client:
        response = await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert response.status_code == 201
    assert post.call_count == 2


async def test_attempts_are_bounded_and_the_last_answer_raises(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").respond(429)
    async with _client(max_retries=2) as client:
        with pytest.raises(RateLimitError):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 3


async def test_connection_errors_surface_as_typed_errors_after_retries(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").mock(side_effect=httpx.ConnectError("refused"))
    async with _client(max_retries=1) as client:
        with pytest.raises(APIConnectionError, match=r"GET https://api\.alteg\.io/api/v1/company/1"):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 2


async def test_total_deadline_stops_retrying(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").respond(503, headers={"Retry-After": "30"})
    loop = asyncio.get_running_loop()
    async with _client(retry_policy=RetryPolicy(max_retries=10, deadline=70)) as client:
        start = loop.time()
        with pytest.raises(ServerError):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 3  # waits of 30 s fit twice into 70 s
    assert loop.time() - start == pytest.approx(60, abs=0.1)


async def test_backoff_without_retry_after_is_exponential_and_jittered(api: respx.MockRouter) -> None:
    route = api.get("/v1/company/1").respond(429)
    policy = RetryPolicy(max_retries=3, backoff_base=1.0, random=lambda: 1.0)
    loop = asyncio.get_running_loop()
    async with _client(retry_policy=policy) as client:
        start = loop.time()
        with pytest.raises(RateLimitError):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert route.call_count == 4
    assert loop.time() - start == pytest.approx(1 + 2 + 4, abs=0.05)
    assert RetryPolicy(random=lambda: 0.5, backoff_base=1.0).backoff(3) == pytest.approx(2.0)


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = time.time()
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(email.utils.formatdate(now + 20, usegmt=True), now=now) == pytest.approx(20, abs=1)
    assert parse_retry_after(email.utils.formatdate(now - 20, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
