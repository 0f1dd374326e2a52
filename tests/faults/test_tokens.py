"""Tokens: checked when set, sent as they are when the request leaves, never in any text.

Promises:
- a token with whitespace or a control character (a trailing newline read from a file), a
  non-ASCII character or a comma is refused when set (InvalidArgumentError), with a message
  that gives its position and never the token; a live client keeps its previous token;
- no log record of any logger, at DEBUG (httpx, httpcore, asyncio, the SDK), and no exception
  or anything it chains, contains a token, through a run of faults on a real socket;
- a header httpx cannot send (a newline in a value) fails as APIConnectionError that chains
  nothing: h11's own error quotes the value;
- a user token rotated while calls wait for a rate-limit slot is the one those calls send.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

from altegio_client import AltegioClient, AltegioError, APIConnectionError, InvalidArgumentError
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location

from .conftest import BOOKING, PARTNER, USER, GateLimiter, client_for
from .server import LoopbackServer, answer, corrupt_gzip, cut_mid_body, error, gzipped, reset_after_reading

BAD_TOKENS = [
    "SECRET-token\n",  # read from a file with its newline
    "SECRET token",
    "SECRET-\x00-token",
    "SECRET-tökén",
    "SECRET,User x",
]


@pytest.mark.parametrize("token", BAD_TOKENS)
def test_malformed_partner_token_is_refused_without_echoing_it(token: str) -> None:
    with pytest.raises(InvalidArgumentError, match=r"partner_token contains .* at position") as caught:
        AltegioClient(partner_token=token)
    assert "SECRET" not in str(caught.value)
    assert "SECRET" not in repr(caught.value)


def test_empty_or_non_string_partner_token_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="partner_token must be a non-empty string"):
        AltegioClient(partner_token="")
    with pytest.raises(InvalidArgumentError, match="partner_token must be a str, got bytes"):
        AltegioClient(partner_token=b"token")  # type: ignore[arg-type]


async def test_rotating_to_a_malformed_user_token_keeps_the_previous_one() -> None:
    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        with pytest.raises(InvalidArgumentError, match=r"^set_user_token: user_token contains") as caught:
            client.set_user_token("SECRET-new\n")
        assert "SECRET-new" not in str(caught.value)
        await get_location.asyncio_detailed(client=client, location_id=1)
    assert server.arrivals[0].headers["authorization"] == f"Bearer {PARTNER}, User {USER}"


def _texts(exc: BaseException) -> Iterator[str]:
    """Everything an exception shows, and everything it chains."""
    seen: set[int] = set()
    current: BaseException | None = exc
    stack = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield from (repr(arg) for arg in current.args)
        stack += [current.__cause__, current.__context__]  # type: ignore[list-item]


async def test_no_token_in_any_log_record_or_exception_through_a_run_of_faults(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records propagate here
    script = [
        answer(200),
        error(500),
        answer(200),
        cut_mid_body(),
        cut_mid_body(),
        cut_mid_body(),
        gzipped(corrupt_gzip()),
        error(401, "Unauthorized"),
        reset_after_reading,
    ]
    raised: list[BaseException] = []
    async with LoopbackServer(*script) as server, client_for(server.api) as client:
        await get_location.asyncio_detailed(client=client, location_id=1)  # 200
        await get_location.asyncio_detailed(client=client, location_id=1)  # 500, retried: 200
        for _ in range(3):  # cut mid-body three times; then corrupt gzip; then 401
            try:
                await get_location.asyncio_detailed(client=client, location_id=1)
            except AltegioError as exc:
                raised.append(exc)
        try:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)  # reset
        except AltegioError as exc:
            raised.append(exc)
    assert [type(exc).__name__ for exc in raised] == [
        "APIConnectionError",
        "ResponseDecodingError",
        "UserTokenRejectedError",
        "APIConnectionError",
    ]
    assert len(server.arrivals) == 9
    assert any(record.name.startswith("httpcore") for record in caplog.records)  # it did log, at DEBUG
    texts = [caplog.text] + [record.getMessage() for record in caplog.records]
    texts += [text for exc in raised for text in _texts(exc)]
    for secret in (PARTNER, USER):
        assert not [text for text in texts if secret in text]


async def test_unsendable_header_fails_without_chaining_h11s_quote_of_it() -> None:
    async with LoopbackServer(answer(200)) as server, client_for(server.api) as client:
        shouty = client.with_options(headers={"X-Api-Key": "SECRET-key\nInjected: 1"})
        with pytest.raises(APIConnectionError, match="a request header is not valid HTTP") as caught:
            await get_location.asyncio_detailed(client=shouty, location_id=1)
    assert not [text for text in _texts(caught.value) if "SECRET-key" in text]
    assert server.arrivals == []


async def test_user_token_rotated_while_calls_wait_for_a_slot_is_the_one_they_send() -> None:
    limiter = GateLimiter(expected=3)
    async with LoopbackServer(answer(200)) as server, client_for(server.api, rate_limiter=limiter) as client:
        calls = [asyncio.create_task(get_location.asyncio_detailed(client=client, location_id=1)) for _ in range(3)]
        await limiter.all_waiting.wait()
        client.set_user_token("user-ROTATED-3333")
        limiter.gate.set()
        await asyncio.gather(*calls)
    assert [a.headers["authorization"] for a in server.arrivals] == [f"Bearer {PARTNER}, User user-ROTATED-3333"] * 3
