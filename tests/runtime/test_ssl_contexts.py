"""One SSL context per client: construction makes one, with_options and a proxy share it."""

from __future__ import annotations

import ssl
from typing import Any

import pytest

from altegio_client import AltegioClient


@pytest.fixture
def contexts_made(monkeypatch: pytest.MonkeyPatch) -> list[ssl.SSLContext]:
    made: list[ssl.SSLContext] = []
    original = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        context = original(*args, **kwargs)
        made.append(context)
        return context

    monkeypatch.setattr(ssl, "create_default_context", counting)
    return made


@pytest.mark.parametrize("proxy_env", [None, "http://127.0.0.1:9"])
async def test_a_client_makes_one_ssl_context_and_its_derived_clients_none(
    contexts_made: list[ssl.SSLContext], monkeypatch: pytest.MonkeyPatch, proxy_env: str | None
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    if proxy_env:
        monkeypatch.setenv("HTTPS_PROXY", proxy_env)
    client = AltegioClient(partner_token="p")
    for _ in range(3):
        client.with_options(max_retries=0, timeout=5.0)
    assert len(contexts_made) == 1
    await client.aclose()
