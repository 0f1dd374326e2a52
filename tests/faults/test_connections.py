"""The network itself: DNS, refused and dropped connections, TLS.

Promises:
- a name that does not resolve, a refused connection and a TLS failure (a plain HTTP server
  behind ``https://``, a certificate the client does not trust) raise APIConnectionError
  naming the operation, after the retries connect errors allow (nothing reached a server);
- keep-alive connections the server closes between requests are replaced: the next calls,
  a POST included, succeed;
- a POST the server read and answered with a reset is never sent again; a GET is.
"""

from __future__ import annotations

import json
import socket
import ssl

import anyio
import pytest

from altegio_client import APIConnectionError
from altegio_client.api.appointments import create_appointment
from altegio_client.api.locations import get_location

from .conftest import BOOKING, BOUND, client_for
from .server import LoopbackServer, answer, reset_after_reading


async def test_dns_failure_raises_api_connection_error() -> None:
    # One attempt: a slow resolver would make each take up to the 2 s connect timeout (then
    # APITimeoutError, also an APIConnectionError).
    async with client_for("http://altegio-fault-suite.invalid/api", max_retries=0) as client:
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError) as caught:
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert caught.value.operation == "get_location"
    assert caught.value.url == "http://altegio-fault-suite.invalid/api/v1/company/1"


async def test_refused_connection_raises_api_connection_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with client_for(f"http://127.0.0.1:{port}/api") as client:
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError, match="ConnectError"):
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)


async def test_https_to_a_plain_http_server_raises_api_connection_error() -> None:
    async with (
        LoopbackServer(answer(200)) as server,
        client_for(server.api.replace("http://", "https://")) as client,
    ):
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError, match="ConnectError"):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert server.arrivals == []


async def test_untrusted_certificate_raises_api_connection_error(self_signed_tls: ssl.SSLContext) -> None:
    async with LoopbackServer(answer(200), tls=self_signed_tls) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await get_location.asyncio_detailed(client=client, location_id=1)
    assert server.arrivals == []  # nothing was sent over the untrusted connection


async def test_keep_alive_connections_closed_by_the_server_between_requests_are_replaced() -> None:
    async with (
        LoopbackServer(answer(200, close=True), answer(201, close=True), answer(200, close=True)) as server,
        client_for(server.api) as client,
    ):
        with anyio.fail_after(BOUND):
            first = await get_location.asyncio_detailed(client=client, location_id=1)
            await anyio.sleep(0.05)  # the server's close arrives while the connection is idle
            booked = await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
            await anyio.sleep(0.05)
            again = await get_location.asyncio_detailed(client=client, location_id=1)
    assert (first.status_code, booked.status_code, again.status_code) == (200, 201, 200)
    assert [(a.method, a.connection) for a in server.arrivals] == [("GET", 1), ("POST", 2), ("GET", 3)]


async def test_post_answered_by_a_reset_after_the_server_read_it_is_never_sent_again() -> None:
    async with (
        LoopbackServer(reset_after_reading, answer(201)) as server,
        client_for(server.api) as client,  # max_retries=2: not used for this POST
    ):
        with anyio.fail_after(BOUND), pytest.raises(APIConnectionError) as caught:
            await create_appointment.asyncio_detailed(client=client, location_id=1, body=BOOKING)
    assert len(server.arrivals) == 1
    assert json.loads(server.arrivals[0].body)["staff_id"] == 1  # the server had the whole booking
    assert caught.value.operation == "create_appointment"


async def test_get_answered_by_a_reset_is_retried() -> None:
    async with LoopbackServer(reset_after_reading, answer(200)) as server, client_for(server.api) as client:
        with anyio.fail_after(BOUND):
            response = await get_location.asyncio_detailed(client=client, location_id=1)
    assert response.status_code == 200
    assert len(server.arrivals) == 2
