"""AltegioClient's keywords do what its docstring says (altegio_client/_client.py): timeouts,
the marketplace host, an adopted client's headers and streaming, proxies from the environment
only when asked, login's errors, with_options' overrides, a repr without tokens."""

from __future__ import annotations

import inspect
import os
import ssl
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from altegio_client import (
    AltegioClient,
    AltegioError,
    InvalidCredentialsError,
    ResponseTooLargeError,
    UserTokenRequiredError,
    _client,
)

from .conftest import CountingLimiter

OK = {"success": True, "data": {"id": 1}, "meta": []}
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


def recording(seen: list[httpx.Request], body: Any = OK, status: int = 200) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("given", "expected"),
    [(5.0, httpx.Timeout(5.0)), (None, None), (httpx.Timeout(1.0, read=7.0), httpx.Timeout(1.0, read=7.0))],
)
async def test_the_timeout_given_is_the_one_each_request_carries(given: Any, expected: Any) -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient("p", transport=recording(seen), rate_limiter=None, timeout=given) as client:
        assert client.timeout == expected
        await client.locations.get_location(1)
        derived = client.with_options(timeout=given)
        assert derived.timeout == expected
        await derived.locations.get_location(1)
    unlimited = {"connect": None, "read": None, "write": None, "pool": None}
    for request in seen:
        assert request.extensions["timeout"] == (expected.as_dict() if expected else unlimited)


@pytest.mark.parametrize("base_url", ["https://api.alteg.io/api", "https://api.alteg.io/api/"])
async def test_with_the_default_api_root_marketplace_operations_go_to_app_alteg_io(base_url: str) -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient("p", base_url=base_url, transport=recording(seen), rate_limiter=None) as client:
        await client.marketplace.get_marketplace_integration_status(1, 2)
    assert str(seen[0].url) == "https://app.alteg.io/marketplace/salon/1/application/2"


async def test_an_adopted_clients_own_headers_are_sent_and_httpx_defaults_are_not() -> None:
    seen: list[httpx.Request] = []
    plain = httpx.AsyncClient(transport=recording(seen))
    own = httpx.AsyncClient(transport=recording(seen), headers={"User-Agent": "mine/1", "X-Via": "python-httpx/9"})
    for http_client in (plain, own):
        async with AltegioClient("p", http_client=http_client, rate_limiter=None) as client:
            await client.locations.get_location(1)
    assert seen[0].headers["User-Agent"] == _client.DEFAULT_HEADERS["User-Agent"]
    assert (seen[1].headers.get_list("User-Agent"), seen[1].headers["X-Via"]) == (["mine/1"], "python-httpx/9")


async def test_a_header_given_in_another_case_replaces_the_sdks_not_doubles_it() -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient(
        "p", transport=recording(seen), rate_limiter=None, headers={"user-agent": "a/1"}
    ) as client:
        await client.locations.get_location(1)
        await client.with_options(headers={"USER-AGENT": "b/2"}).locations.get_location(1)
    assert [request.headers.get_list("User-Agent") for request in seen] == [["a/1"], ["b/2"]]


async def test_the_size_cap_stops_reading_an_adopted_clients_body() -> None:
    chunks_read: list[int] = []

    async def body() -> AsyncIterator[bytes]:
        for number in range(100):
            chunks_read.append(number)
            yield b"x" * 1024

    own = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body())))
    async with AltegioClient("p", http_client=own, rate_limiter=None, max_response_size=2048) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.locations.get_location(1)
    assert len(chunks_read) < 10  # streamed: not read to the end first


def without_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SOME_OTHER_VARIABLE", "1")


def test_only_a_non_empty_proxy_variable_names_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    without_proxy_variables(monkeypatch)
    assert not _client._environment_names_a_proxy()
    monkeypatch.setenv("HTTPS_PROXY", "")
    assert not _client._environment_names_a_proxy()
    monkeypatch.setenv("https_proxy", "http://127.0.0.1:9")
    assert _client._environment_names_a_proxy()


async def test_a_proxy_in_the_environment_does_not_bypass_an_injected_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without_proxy_variables(monkeypatch)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    seen: list[httpx.Request] = []
    async with AltegioClient("p", transport=recording(seen), rate_limiter=None) as client:
        await client.locations.get_location(1)
    assert len(seen) == 1


async def test_the_connection_uses_the_clients_ssl_context_and_trust_env(monkeypatch: pytest.MonkeyPatch) -> None:
    without_proxy_variables(monkeypatch)
    context = ssl.create_default_context()
    direct = _client._connection(None, None, None, context, True)
    assert isinstance(direct, httpx.AsyncHTTPTransport)
    assert direct._pool._ssl_context is context
    unverified = _client._connection(None, None, None, False, True)
    assert isinstance(unverified, httpx.AsyncHTTPTransport)
    unverified_context = unverified._pool._ssl_context
    assert unverified_context is not None
    assert unverified_context.verify_mode == ssl.CERT_NONE
    proxied = _client._connection(None, None, "http://127.0.0.1:9", context, False)
    assert isinstance(proxied, _client.ClientTransport)
    assert proxied.client.trust_env is False
    (proxy_transport,) = proxied.client._mounts.values()
    assert isinstance(proxy_transport, httpx.AsyncHTTPTransport)
    assert proxy_transport._pool._ssl_context is context
    await direct.aclose()
    await unverified.aclose()
    await proxied.aclose()


async def test_a_missing_user_token_is_refused_before_taking_a_rate_limit_slot() -> None:
    seen: list[httpx.Request] = []
    limiter = CountingLimiter()
    async with AltegioClient("p", transport=recording(seen), rate_limiter=limiter) as client:
        with pytest.raises(UserTokenRequiredError):
            await client.appointments.get_appointment_list(1)
    assert (limiter.acquired, seen) == (0, [])


async def test_the_token_goes_out_in_the_authorization_header_only() -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient("partner-tok", "user-tok", transport=recording(seen), rate_limiter=None) as client:
        await client.locations.get_location(1)
    (request,) = seen
    carrying = [name for name, value in request.headers.items() if "tok" in value]
    assert carrying == ["authorization"]


async def test_a_wrong_login_is_invalid_credentials_with_the_answer() -> None:
    seen: list[httpx.Request] = []
    answer = {"success": False, "data": None, "meta": {"message": "User not found"}}
    async with AltegioClient("p", transport=recording(seen, answer, 404), rate_limiter=None) as client:
        with pytest.raises(InvalidCredentialsError) as caught:
            await client.login("+13155550175", "secret")
    assert caught.value.status_code == 404
    assert caught.value.message == "User not found"
    assert caught.value.response.request is seen[0]
    assert b'"password": "secret"' in seen[0].content or b'"password":"secret"' in seen[0].content


@pytest.mark.parametrize("token", ["", None])
async def test_a_login_answer_without_a_user_token_is_an_error_and_keeps_none(token: Any) -> None:
    seen: list[httpx.Request] = []
    answer = {"success": True, "data": {"id": 7, "user_token": token}, "meta": []}
    async with AltegioClient("p", transport=recording(seen, answer, 201), rate_limiter=None) as client:
        with pytest.raises(AltegioError, match=r"^POST /v1/auth answered without a user_token$"):
            await client.login("+13155550175", "secret")
        assert not client.has_user_token


async def test_with_options_overrides_the_limiter_and_strictness() -> None:
    limiter = CountingLimiter()
    async with AltegioClient("p", transport=recording([]), rate_limiter=limiter) as client:
        unlimited = client.with_options(rate_limiter=None, strict_responses=True)
        assert (unlimited.rate_limiter, unlimited.strict_responses) == (None, True)
        await unlimited.locations.get_location(1)
        assert limiter.acquired == 0
        same = client.with_options()
        assert (same.rate_limiter, same.strict_responses) == (limiter, False)
        await same.locations.get_location(1)
        assert limiter.acquired == 1


def test_the_repr_says_whether_a_user_token_is_set_and_never_the_tokens() -> None:
    assert "user_token=None," in repr(AltegioClient("SECRET-1", rate_limiter=None))
    shown = repr(AltegioClient("SECRET-1", "SECRET-2", rate_limiter=None))
    assert "user_token='set'," in shown
    assert "SECRET" not in shown


def test_unchanged_options_show_as_default_in_help() -> None:
    parameters = inspect.signature(AltegioClient.with_options).parameters
    assert repr(parameters["timeout"].default) == "DEFAULT"


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8080/api", "https://api.alteg.io/apiX"])
async def test_with_another_api_root_it_receives_the_marketplace_operations_too(base_url: str) -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient("p", base_url=base_url, transport=recording(seen), rate_limiter=None) as client:
        await client.marketplace.get_marketplace_integration_status(1, 2)
    assert str(seen[0].url) == f"{base_url}/marketplace/salon/1/application/2"


async def test_with_options_keeps_the_parents_headers_and_takes_a_new_timeout() -> None:
    seen: list[httpx.Request] = []
    async with AltegioClient("p", transport=recording(seen), rate_limiter=None, headers={"X-App": "1"}) as client:
        derived = client.with_options(timeout=3.0, headers={"X-Req": "a"})
        assert derived.timeout == httpx.Timeout(3.0)
        await derived.locations.get_location(1)
    (request,) = seen
    assert request.headers["Accept"] == _client.DEFAULT_HEADERS["Accept"]
    assert (request.headers["X-App"], request.headers["X-Req"]) == ("1", "a")
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
