"""The resource layer's promises: a method returns ``data``; a list method is called for one
page's items, ``.page`` adds ``meta.total_count``, ``.iter`` walks every page; every argument
reaches the request (altegio_client/_resources.py)."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

from altegio_client import AltegioClient, ResponseSchemaError
from altegio_client._operation import Operation, Pagination
from altegio_client._resources import BoundListMethod, ListMethod, Page, list_method
from altegio_client.types import UNSET


def records(requests: list[httpx.Request], total: int = 3) -> httpx.MockTransport:
    """``GET /v1/records/1`` over ``total`` appointments, paged by ``count``."""

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        size, page = int(request.url.params.get("count", "1000")), int(request.url.params.get("page", "1"))
        ids = list(range((page - 1) * size + 1, min(page * size, total) + 1))
        meta = {"total_count": total}
        return httpx.Response(200, json={"success": True, "data": [{"id": i} for i in ids], "meta": meta})

    return httpx.MockTransport(answer)


async def test_a_success_without_data_raises_naming_the_operation_and_data() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"success": True, "meta": []}))
    async with AltegioClient("partner", transport=transport, rate_limiter=None) as client:
        with pytest.raises(ResponseSchemaError) as caught:
            await client.locations.get_location(1)
    error = caught.value
    assert (error.operation, error.where) == ("get_location", "data")
    assert error.response.request.url.path == "/api/v1/company/1"
    assert "at data (KeyError: 'data')" in str(error)


async def test_a_list_method_call_and_page_send_every_argument() -> None:
    requests: list[httpx.Request] = []
    async with AltegioClient("partner", "user", transport=records(requests, total=3), rate_limiter=None) as client:
        items = await client.appointments.get_appointment_list(1, count=2, staff_id=7)
        page = await client.appointments.get_appointment_list.page(1, page=2, count=2, staff_id=7)
    assert [item.id for item in items] == [1, 2]
    assert ([item.id for item in page.items], page.total_count) == ([3], 3)
    assert [dict(r.url.params) for r in requests] == [
        {"count": "2", "staff_id": "7"},
        {"page": "2", "count": "2", "staff_id": "7"},
    ]


async def test_iter_sends_the_filters_with_every_page_and_takes_unset_as_not_given() -> None:
    requests: list[httpx.Request] = []
    async with AltegioClient("partner", "user", transport=records(requests, total=3), rate_limiter=None) as client:
        method = client.appointments.get_appointment_list
        ids = [item.id async for item in method.iter(1, page=UNSET, count=UNSET, staff_id=7)]
    assert ids == [1, 2, 3]
    assert [dict(r.url.params) for r in requests] == [{"page": "1", "count": "1000", "staff_id": "7"}]


def fake_pages(calls: list[dict[str, Any]], pages: list[list[int]]) -> Any:
    async def get_things(self: object, **arguments: Any) -> Page[int]:
        """Get things."""
        calls.append({"self": self, **arguments})
        number = arguments.get("p", arguments.get("page", 1))
        return Page(pages[number - 1] if number <= len(pages) else [], None)

    return get_things


async def test_iter_uses_the_operations_own_page_and_size_names() -> None:
    calls: list[dict[str, Any]] = []
    operation = Operation("get_things", "GET", "/things", "partner", pagination=Pagination("p", "n", 2))

    class Things:
        get_things = list_method(operation)(fake_pages(calls, [[1, 2], [3]]))

    things = Things()
    assert [item async for item in things.get_things.iter(p=2, n=2, kind="x")] == [3]
    assert calls == [{"self": things, "p": 2, "n": 2, "kind": "x"}]


async def test_iter_of_an_operation_that_pages_without_a_size_starts_at_the_page_given() -> None:
    calls: list[dict[str, Any]] = []
    operation = Operation("get_things", "GET", "/things", "partner")  # pagination None: `page` only

    class Things:
        get_things = list_method(operation)(fake_pages(calls, [[1], [2], [3]]))

    things = Things()
    assert [item async for item in things.get_things.iter(page=2, kind="x")] == [2, 3]
    assert calls == [
        {"self": things, "page": 2, "kind": "x"},
        {"self": things, "page": 3, "kind": "x"},
        {"self": things, "page": 4, "kind": "x"},
    ]


def test_a_list_method_keeps_the_operation_docstring_and_name() -> None:
    operation = Operation("get_thing_list", "GET", "/things", "partner")
    fetch = fake_pages([], [])
    method = list_method(operation)(fetch)

    class Things:
        get_things = method

    assert Things.get_things is method  # on the class: the descriptor itself, for help()
    assert (method.operation, method.__doc__, method.__name__) == (operation, "Get things.", "get_things")
    bound = Things().get_things
    assert isinstance(bound, BoundListMethod)
    assert bound.operation is operation
    assert repr(bound) == "<list method get_thing_list (GET /things)>"
    unnamed = ListMethod(operation, functools.partial(fetch))  # a callable without __name__
    assert unnamed.__name__ == "get_thing_list"  # the operation's


async def test_a_bound_list_method_calls_the_function_it_decorates_with_its_resource() -> None:
    calls: list[dict[str, Any]] = []
    operation = Operation("get_things", "GET", "/things", "partner", pagination=Pagination("page", "count", 10))

    class Things:
        get_things = ListMethod(operation, fake_pages(calls, [[1, 2]]))

    things = Things()
    assert await things.get_things(page=1) == [1, 2]
    assert await things.get_things.page(page=1, count=5) == Page([1, 2], None)
    assert calls == [{"self": things, "page": 1}, {"self": things, "page": 1, "count": 5}]
