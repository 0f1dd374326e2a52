"""Why is a call slow? One record per attempt on ``altegio_client.http``, never a token."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from altegio_client import AltegioClient, _logging

PARTNER, USER = "partner-SECRET-1", "user-SECRET-2"


class SlowLimiter:
    slack = 0.0

    async def acquire(self) -> None:
        await asyncio.sleep(0.05)

    async def readmit(self) -> None:
        return None


def answers(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)
    return httpx.MockTransport(lambda request: queue.pop(0))


OK = httpx.Response(200, json={"success": True, "data": {"id": 1}, "meta": []})


async def test_each_attempt_is_logged_at_debug_with_operation_status_and_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="altegio_client")
    transport = answers(httpx.Response(429, headers={"Retry-After": "0"}), OK)
    async with AltegioClient(PARTNER, USER, transport=transport, rate_limiter=None) as client:
        await client.locations.get_location(1)
    records = [r for r in caplog.records if r.name == "altegio_client.http"]
    assert [r.levelno for r in records] == [logging.DEBUG, logging.DEBUG]
    first, second = (r.getMessage() for r in records)
    assert first.startswith("get_location: HTTP 429, attempt 1, waited 0.000s for a rate-limit slot")
    assert second.startswith("get_location: HTTP 200, attempt 2,")
    assert all(PARTNER not in r.getMessage() and USER not in r.getMessage() for r in caplog.records)


async def test_a_long_wait_for_a_slot_is_logged_at_info(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_logging, "SLOW_WAIT", 0.01)
    caplog.set_level(logging.INFO, logger="altegio_client.http")
    async with AltegioClient(PARTNER, transport=answers(OK), rate_limiter=SlowLimiter()) as client:
        await client.locations.get_location(1)
    (record,) = caplog.records
    assert record.levelno == logging.INFO
    waited = float(record.getMessage().split("waited ")[1].split("s ")[0])
    assert waited >= 0.04


async def test_nothing_is_logged_or_timed_when_the_logger_is_quiet(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="altegio_client")
    async with AltegioClient(PARTNER, transport=answers(OK), rate_limiter=None) as client:
        await client.locations.get_location(1)
    assert [r for r in caplog.records if r.name == "altegio_client.http"] == []


async def test_a_retry_is_logged_at_info_with_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="altegio_client")
    transport = answers(httpx.Response(503, headers={"Retry-After": "0"}), OK)
    async with AltegioClient(PARTNER, transport=transport, rate_limiter=None) as client:
        await client.locations.get_location(1)
    (record,) = [r for r in caplog.records if r.name == "altegio_client"]
    assert record.levelno == logging.INFO
    assert "retry 1/3 of get_location GET /api/v1/company/1 after HTTP 503" in record.getMessage()


class FakePerfCounter:
    """``time.perf_counter`` as _logging sees it: the attempt starts at 100.0 and ends at 100.5."""

    def __init__(self) -> None:
        self.readings = [100.0, 100.5]

    def perf_counter(self) -> float:
        return self.readings.pop(0)


def admitted_at(admitted: float | None) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if admitted is not None:
            request.extensions[_logging.ADMITTED_EXTENSION] = admitted
        return httpx.Response(200)

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("admitted", "level", "waited"),
    [
        (None, logging.DEBUG, "waited 0.000s"),  # no rate-limit layer: no wait
        (99.0, logging.DEBUG, "waited 0.000s"),  # admitted before the attempt started: no wait
        (100.25, logging.DEBUG, "waited 0.250s"),
        (101.0, logging.DEBUG, "waited 1.000s"),  # exactly a second is not "over a second"
        (101.25, logging.INFO, "waited 1.250s"),
    ],
)
async def test_the_wait_is_from_the_attempt_start_to_admission_and_info_only_over_a_second(
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    admitted: float | None,
    level: int,
    waited: str,
) -> None:
    monkeypatch.setattr(_logging, "time", FakePerfCounter())
    caplog.set_level(logging.DEBUG, logger="altegio_client.http")
    transport = _logging.RequestLogTransport(admitted_at(admitted))
    await transport.handle_async_request(httpx.Request("GET", "https://api.alteg.io/api/v1/x"))
    (record,) = caplog.records
    assert record.levelno == level
    assert record.getMessage() == f"GET /api/v1/x: HTTP 200, attempt 1, {waited} for a rate-limit slot, 0.500s in all"


async def test_an_attempt_without_an_answer_is_logged_as_such(caplog: pytest.LogCaptureFixture) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    caplog.set_level(logging.DEBUG, logger="altegio_client.http")
    transport = _logging.RequestLogTransport(httpx.MockTransport(refuse))
    with pytest.raises(httpx.ConnectError):
        await transport.handle_async_request(httpx.Request("GET", "https://api.alteg.io/api/v1/x"))
    (record,) = caplog.records
    assert record.getMessage().startswith("GET /api/v1/x: no answer, attempt 1, waited 0.000s")
