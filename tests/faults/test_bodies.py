"""Response bodies: read inside the attempt, decoded, bounded.

Promises:
- a connection dropped while a GET's body arrives is retried like any failed attempt;
- when it keeps failing, or for a POST (which is never re-sent), the call raises
  APIConnectionError, never a raw httpx error;
- a body whose Content-Encoding is corrupt raises ResponseDecodingError (not retried: the
  same bytes would come again);
- a body whose decoded size passes the cap raises ResponseTooLargeError, and reading stops
  at the cap: a small gzip bomb is never inflated whole.
"""

from __future__ import annotations

import tracemalloc

import anyio
import pytest

from altegio_client import APIConnectionError, ResponseDecodingError, ResponseTooLargeError
from altegio_client._body import DEFAULT_MAX_RESPONSE_SIZE
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location

from .conftest import BOOKING, BOUND, client_for
from .server import LoopbackServer, answer, corrupt_gzip, cut_mid_body, gzip_bomb, gzip_envelope, gzipped


async def test_get_cut_off_mid_body_is_retried() -> None:
    async with LoopbackServer(cut_mid_body(), answer(200)) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND):
            response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert response.status_code == 200
    assert len(server.arrivals) == 2


async def test_get_cut_off_mid_body_every_time_raises_api_connection_error() -> None:
    async with LoopbackServer(cut_mid_body()) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert len(server.arrivals) == 3  # the first attempt and max_retries=2
    assert caught.value.operation == "get_location"
    assert "get_location: GET http://127.0.0.1" in str(caught.value)


async def test_post_cut_off_mid_body_is_not_sent_again() -> None:
    async with LoopbackServer(cut_mid_body(), answer(201)) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError):
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert [arrival.method for arrival in server.arrivals] == ["POST"]


async def test_gzip_body_is_decoded() -> None:
    async with (
        LoopbackServer(gzipped(gzip_envelope({"id": 7, "title": "Salon"}))) as server,
        client_for(server.api) as client,
    ):
        response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert response.status_code == 200
    assert b'"title": "Salon"' in response.content


async def test_corrupt_gzip_raises_response_decoding_error_without_retrying() -> None:
    async with LoopbackServer(gzipped(corrupt_gzip())) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND), pytest.raises(ResponseDecodingError, match="Content-Encoding: gzip") as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.status_code == 200
    assert caught.value.operation == "get_location"
    assert len(server.arrivals) == 1


async def test_gzip_bomb_stops_at_the_size_cap_without_inflating_whole() -> None:
    bomb = gzip_bomb(2 * DEFAULT_MAX_RESPONSE_SIZE)  # ~100 KB on the wire, 100 MB decoded
    assert len(bomb) < 200_000
    async with LoopbackServer(gzipped(bomb)) as server, client_for(server.api) as client:
        tracemalloc.start()
        try:
            with anyio.fail_after(BOUND), pytest.raises(ResponseTooLargeError) as caught:
                await get_location.asyncio_detailed(client=client, location_id=1)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.limit == DEFAULT_MAX_RESPONSE_SIZE
    # Read whole, the body alone would be 100 MB; stopped at the cap, at most the cap's 50 MB.
    assert peak < 1.3 * DEFAULT_MAX_RESPONSE_SIZE
    assert len(server.arrivals) == 1
