"""Operations Altegio serves from another host go to that host (altegio_client/_routing.py)."""

from __future__ import annotations

import httpx

from altegio_client._operation import OPERATION_EXTENSION, Operation
from altegio_client._routing import ServerRoutingTransport

APP = "https://app.alteg.io"
ON_APP = Operation("get_marketplace_thing", "GET", "/marketplace/thing", "partner", server=APP)
ON_API = Operation("get_location", "GET", "/v1/company/1", "partner")


class Recorder(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(200)

    async def aclose(self) -> None:
        self.closed = True


async def route(
    url: str, operation: Operation | None, hosts: dict[str, httpx.URL], api_root: str = "https://api.alteg.io/api"
) -> httpx.Request:
    inner = Recorder()
    extensions = {OPERATION_EXTENSION: operation} if operation else {}
    request = httpx.Request("GET", url, extensions=extensions, headers={"Host": "api.alteg.io"})
    await ServerRoutingTransport(inner, httpx.URL(api_root), hosts).handle_async_request(request)
    (sent,) = inner.seen
    return sent


async def test_an_operation_on_another_host_moves_there_from_the_api_root_keeping_path_and_query() -> None:
    sent = await route("https://api.alteg.io/api/marketplace/thing?a=1", ON_APP, {APP: httpx.URL(APP)})
    assert str(sent.url) == "https://app.alteg.io/marketplace/thing?a=1"
    assert sent.headers["Host"] == "app.alteg.io"


async def test_the_host_map_sends_it_to_a_stand_in_under_its_path() -> None:
    stand_in = {APP: httpx.URL("http://127.0.0.1:8080/stand/")}
    sent = await route(
        "http://127.0.0.1:8080/stand/api/marketplace/thing", ON_APP, stand_in, "http://127.0.0.1:8080/stand/api/"
    )
    assert str(sent.url) == "http://127.0.0.1:8080/stand/marketplace/thing"
    assert sent.headers["Host"] == "127.0.0.1:8080"


async def test_a_host_not_in_the_map_is_the_operations_own_server() -> None:
    sent = await route("https://api.alteg.io/api/marketplace/thing", ON_APP, {})
    assert str(sent.url) == "https://app.alteg.io/marketplace/thing"


async def test_a_path_outside_the_api_root_is_kept_whole() -> None:
    sent = await route("https://elsewhere.example/x/marketplace/thing", ON_APP, {APP: httpx.URL(APP)})
    assert str(sent.url) == "https://app.alteg.io/x/marketplace/thing"


async def test_api_operations_and_raw_requests_are_left_alone() -> None:
    for operation in (ON_API, None):
        sent = await route("https://api.alteg.io/api/v1/company/1", operation, {APP: httpx.URL(APP)})
        assert str(sent.url) == "https://api.alteg.io/api/v1/company/1"
        assert sent.headers["Host"] == "api.alteg.io"


async def test_closing_it_closes_the_connection_below() -> None:
    inner = Recorder()
    await ServerRoutingTransport(inner, httpx.URL("https://api.alteg.io/api"), {}).aclose()
    assert inner.closed


async def test_only_slashes_are_trimmed_from_the_api_root_and_the_host() -> None:
    hosts = {APP: httpx.URL("http://127.0.0.1:9090/appX/")}
    sent = await route("http://127.0.0.1:8080/apiX/marketplace/thing", ON_APP, hosts, "http://127.0.0.1:8080/apiX")
    assert str(sent.url) == "http://127.0.0.1:9090/appX/marketplace/thing"
