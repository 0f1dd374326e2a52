"""AltegioClient construction: defaults, an adopted httpx client, an injected transport, with_options."""

from __future__ import annotations

import httpx
import pytest

from altegio_client import AltegioClient, RateLimiter
from altegio_client.api.locations import get_location

OK = {"success": True, "data": {"id": 1}, "meta": []}


async def test_defaults_send_the_vendor_accept_header_and_time_out() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=OK)

    async with AltegioClient(partner_token="p", transport=httpx.MockTransport(answer)) as client:
        await get_location.asyncio_detailed(client=client, location_id=1)
        timeout = client.timeout
        assert timeout is not None
    assert seen[0].headers["Accept"] == "application/vnd.api.v2+json"
    assert str(seen[0].url) == "https://api.alteg.io/api/v1/company/1"
    assert (timeout.connect, timeout.read) == (10.0, 30.0)
    assert isinstance(client.rate_limiter, RateLimiter)


async def test_an_adopted_httpx_client_gets_the_sdk_layers() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"success": False, "meta": {"message": "closed"}})

    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    own = httpx.AsyncClient(transport=httpx.MockTransport(record), headers={"X-Trace": "1"})
    client = AltegioClient(partner_token="p", http_client=own, rate_limiter=None)
    from altegio_client import UnsuccessfulResponseError

    with pytest.raises(UnsuccessfulResponseError):  # the envelope layer wraps the adopted client
        await get_location.asyncio_detailed(client=client, location_id=1)
    assert seen[0].headers["X-Trace"] == "1"  # the caller's header is sent
    assert seen[0].headers["Accept"] == "application/vnd.api.v2+json"  # and the SDK's
    assert seen[0].headers["Authorization"] == "Bearer p"
    await client.aclose()
    assert own.is_closed


class PoolTransport(httpx.AsyncBaseTransport):
    """A connection pool whose closing is observable: a closed pool refuses requests, as httpx's does."""

    def __init__(self) -> None:
        self.closed = 0
        self.seen: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.closed:
            raise RuntimeError("the connection pool is closed")
        self.seen.append(request)
        return httpx.Response(200, json=OK)

    async def aclose(self) -> None:
        self.closed += 1


async def test_with_options_shares_tokens_and_pool_but_not_settings() -> None:
    pool = PoolTransport()
    parent = AltegioClient(partner_token="p", transport=pool, rate_limiter=None)
    child = parent.with_options(max_retries=0, headers={"X-Req": "a"})
    parent.set_user_token("late")
    assert child.has_user_token
    assert child.retry_policy.max_retries == 0
    assert parent.retry_policy.max_retries == 3
    await get_location.asyncio_detailed(client=child, location_id=1)
    assert pool.seen[-1].headers["X-Req"] == "a"
    assert pool.seen[-1].headers["Authorization"] == "Bearer p, User late"  # the parent's tokens
    await get_location.asyncio_detailed(client=parent, location_id=1)
    assert "X-Req" not in pool.seen[-1].headers  # the child's headers stay the child's
    await child.aclose()
    assert pool.closed == 0  # the child leaves the shared pool open
    assert (await get_location.asyncio_detailed(client=parent, location_id=1)).status_code == 200
    await parent.aclose()
    assert pool.closed == 1  # the parent owns the pool and closes it


async def test_closing_the_client_closes_an_injected_transport() -> None:
    pool = PoolTransport()
    async with AltegioClient(partner_token="p", transport=pool):
        pass
    assert pool.closed == 1
