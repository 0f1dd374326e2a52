"""paginate(): page after page until a short page, an empty page or meta.total_count."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import respx

from altegio_client import AltegioClient, AltegioError, Page, paginate
from altegio_client.api.locations import get_location, get_location_list
from altegio_client.models import MembershipTypeCounts
from altegio_client.types import UNSET


def page_of(ids: list[int], total: int | None = None) -> dict[str, object]:
    return {"success": True, "data": [{"id": i} for i in ids], "meta": [] if total is None else {"total_count": total}}


async def test_stops_on_a_short_page(api: respx.MockRouter, client: AltegioClient) -> None:
    route = api.get("/v1/companies").mock(
        side_effect=[httpx.Response(200, json=page_of([1, 2])), httpx.Response(200, json=page_of([3]))]
    )
    ids = [item.id async for item in paginate(get_location_list.asyncio_detailed, client=client, page_size=2)]
    assert ids == [1, 2, 3]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]
    assert {call.request.url.params["count"] for call in route.calls} == {"2"}


async def test_stops_on_an_empty_page(api: respx.MockRouter, client: AltegioClient) -> None:
    route = api.get("/v1/companies").mock(
        side_effect=[httpx.Response(200, json=page_of([1, 2])), httpx.Response(200, json=page_of([]))]
    )
    ids = [item.id async for item in paginate(get_location_list.asyncio_detailed, client=client, page_size=2)]
    assert ids == [1, 2]
    assert route.call_count == 2


async def test_respects_total_count(api: respx.MockRouter, user_client: AltegioClient) -> None:
    from altegio_client.api.appointments import get_appointment_list

    route = api.get("/v1/records/1").mock(
        side_effect=[
            httpx.Response(200, json=page_of([1, 2], total=4)),
            httpx.Response(200, json=page_of([3, 4], total=4)),
        ]
    )
    ids = [
        item.id
        async for item in paginate(
            get_appointment_list.asyncio_detailed, client=user_client, location_id=1, page_size=2
        )
    ]
    assert ids == [1, 2, 3, 4]
    assert route.call_count == 2  # a third, empty page is not requested


async def test_refuses_an_operation_without_pages(client: AltegioClient) -> None:
    with pytest.raises(TypeError, match="not paginated"):
        async for _ in paginate(get_location.asyncio_detailed, client=client, location_id=1):
            pass


def appointment_server(total: int, cap: int = 1000) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A records endpoint over ``total`` appointments that honours ``count`` up to ``cap``."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        size = min(int(request.url.params.get("count", "20")), cap)
        page = int(request.url.params["page"])
        ids = list(range((page - 1) * size + 1, min(page * size, total) + 1))
        return httpx.Response(200, json=page_of(ids, total=total))

    return httpx.MockTransport(answer), requests


async def test_a_5000_item_scan_takes_at_most_6_requests_without_a_page_size() -> None:
    from altegio_client.api.appointments import get_appointment_list

    transport, requests = appointment_server(5000)
    async with AltegioClient(partner_token="p", user_token="u", transport=transport, rate_limiter=None) as client:
        ids = [item.id async for item in paginate(get_appointment_list.asyncio_detailed, client=client, location_id=1)]
    assert ids == list(range(1, 5001))
    assert len(requests) <= 6
    assert {request.url.params["count"] for request in requests} == {"1000"}


async def test_the_resource_iter_scans_5000_items_in_at_most_6_requests() -> None:
    transport, requests = appointment_server(5000)
    async with AltegioClient(partner_token="p", user_token="u", transport=transport, rate_limiter=None) as client:
        ids = [item.id async for item in client.appointments.get_appointment_list.iter(1)]
    assert ids == list(range(1, 5001))
    assert len(requests) <= 6
    assert {request.url.params["count"] for request in requests} == {"1000"}


async def test_the_resource_iter_takes_the_callers_page_size_and_first_page() -> None:
    transport, requests = appointment_server(450)
    async with AltegioClient(partner_token="p", user_token="u", transport=transport, rate_limiter=None) as client:
        ids = [item.id async for item in client.appointments.get_appointment_list.iter(1, page=2, count=200)]
    assert ids == list(range(201, 451))
    assert [(r.url.params["page"], r.url.params["count"]) for r in requests] == [("2", "200"), ("3", "200")]


async def test_a_backend_capping_the_page_size_is_followed_to_the_total() -> None:
    from altegio_client.api.appointments import get_appointment_list

    transport, requests = appointment_server(450, cap=200)
    async with AltegioClient(partner_token="p", user_token="u", transport=transport, rate_limiter=None) as client:
        ids = [item.id async for item in paginate(get_appointment_list.asyncio_detailed, client=client, location_id=1)]
    assert ids == list(range(1, 451))  # pages of 200 < 1000 asked are not mistaken for the last
    assert len(requests) == 3


async def test_on_page_reports_progress_with_the_total() -> None:
    from altegio_client import PageProgress
    from altegio_client.api.appointments import get_appointment_list

    transport, _ = appointment_server(2500)
    progress: list[PageProgress] = []
    async with AltegioClient(partner_token="p", user_token="u", transport=transport, rate_limiter=None) as client:
        async for _ in paginate(
            get_appointment_list.asyncio_detailed, client=client, location_id=1, on_page=progress.append
        ):
            pass
    assert progress == [
        PageProgress(page=1, items=1000, seen=1000, total=2500),
        PageProgress(page=2, items=1000, seen=2000, total=2500),
        PageProgress(page=3, items=500, seen=2500, total=2500),
    ]


async def test_the_page_size_a_caller_gives_wins(api: respx.MockRouter, user_client: AltegioClient) -> None:
    from altegio_client.api.appointments import get_appointment_list

    route = api.get("/v1/records/1").mock(return_value=httpx.Response(200, json=page_of([1], total=1)))
    operation = get_appointment_list.asyncio_detailed
    items = [item async for item in paginate(operation, client=user_client, location_id=1, page_size=7)]
    assert len(items) == 1
    assert route.calls[0].request.url.params["count"] == "7"


@pytest.mark.parametrize("page_size", [0, -5, 2.5, "100"])
async def test_a_bad_page_size_is_refused_before_sending(
    api: respx.MockRouter, client: AltegioClient, page_size: object
) -> None:
    route = api.get("/v1/companies").mock(return_value=httpx.Response(200, json=page_of([])))
    with pytest.raises(ValueError, match="page_size"):
        async for _ in paginate(get_location_list.asyncio_detailed, client=client, page_size=page_size):  # type: ignore[arg-type]
            pass
    assert route.call_count == 0


async def test_a_size_argument_beside_paginate_is_refused(client: AltegioClient) -> None:
    with pytest.raises(TypeError, match="page_size="):
        async for _ in paginate(get_location_list.asyncio_detailed, client=client, count=5):
            pass


def test_the_operation_table_carries_page_sizes() -> None:
    from altegio_client import Pagination
    from altegio_client.api._operations import OPERATIONS

    assert OPERATIONS["get_appointment_list"].pagination == Pagination("page", "count", 1000)
    assert OPERATIONS["list_appointments"].pagination == Pagination("page", "limit", 250)
    assert OPERATIONS["get_location"].pagination is None


async def test_max_pages_bounds_the_requests(api: respx.MockRouter, client: AltegioClient) -> None:
    route = api.get("/v1/companies").mock(side_effect=[httpx.Response(200, json=page_of([n, n])) for n in range(9)])
    items = paginate(get_location_list.asyncio_detailed, client=client, page_size=2, max_pages=2, start_page=3)
    ids = [item.id async for item in items]
    assert ids == [0, 0, 1, 1]
    assert [call.request.url.params["page"] for call in route.calls] == ["3", "4"]  # never a third page


async def test_the_default_page_size_is_the_largest_the_operation_honours(
    api: respx.MockRouter, client: AltegioClient
) -> None:
    route = api.get("/v1/companies").respond(200, json=page_of([1]))
    assert [item.id async for item in paginate(get_location_list.asyncio_detailed, client=client)] == [1]
    assert route.calls.last.request.url.params["count"] == "200"  # overlays/pagination.py: "Default 200"


class Pages:
    """A paginated operation answering with the given ``parsed`` values, one per page."""

    def __init__(self, *parsed: Any) -> None:
        self.parsed = parsed
        self.pages: list[int] = []

    async def without_size(self, *, page: int, client: object) -> Any:
        self.pages.append(page)
        return SimpleNamespace(parsed=self.parsed[page - 1])

    async def with_count(self, *, page: int, count: int, client: object) -> Any:
        return await self.without_size(page=page, client=client)


def parsed(data: Any, meta: Any = UNSET) -> SimpleNamespace:
    return SimpleNamespace(data=data, meta=meta)


async def collect(operation: Any, **arguments: Any) -> list[Any]:
    return [item async for item in paginate(operation, client=None, **arguments)]


async def test_an_operation_without_a_page_size_stops_on_an_empty_page_or_the_total() -> None:
    pages = Pages(parsed([1]), parsed([2]), parsed([]))
    assert await collect(pages.without_size, page_size=5) == [1, 2]  # a short page is not the end
    assert pages.pages == [1, 2, 3]
    counted = Pages(parsed([1, 2], {"total_count": 3}), parsed([3], {"total_count": 3}), parsed([4]))
    assert await collect(counted.without_size) == [1, 2, 3]


@pytest.mark.parametrize(
    "meta",
    [
        {"total_count": 3},
        SimpleNamespace(total_count=3),
        MembershipTypeCounts.from_dict({"total_count": 3}),  # a model: an unknown field
    ],
    ids=["dict", "attribute", "additional_properties"],
)
async def test_total_count_is_read_from_each_shape_of_meta(meta: Any) -> None:
    pages = Pages(parsed([1, 2], meta), parsed([3], meta), parsed([4], meta))
    assert await collect(pages.without_size, page_size=2) == [1, 2, 3]
    assert pages.pages == [1, 2]


@pytest.mark.parametrize("total", [True, "3", 2.0, None])
async def test_a_total_count_that_is_not_an_integer_is_ignored(total: Any) -> None:
    pages = Pages(*(parsed([n, n], {"total_count": total}) for n in range(3)), parsed([]))
    assert len(await collect(pages.with_count, page_size=2)) == 6
    assert pages.pages == [1, 2, 3, 4]


@pytest.mark.parametrize("answer", [None, SimpleNamespace(), parsed(None), parsed(UNSET)])
async def test_a_page_without_data_ends_the_iteration(answer: Any) -> None:
    pages = Pages(answer, parsed([1]))
    assert await collect(pages.with_count) == []
    assert pages.pages == [1]


async def test_a_page_whose_data_is_not_a_list_raises_naming_the_page() -> None:
    pages = Pages(parsed([1, 2]), parsed({"id": 3}))
    with pytest.raises(AltegioError, match=r"test_pagination: a page has no list in `data`"):
        await collect(pages.with_count, page_size=2)


async def test_iter_pages_starts_at_page_1_and_yields_each_page_with_its_facts() -> None:
    from altegio_client import ListPage, Pagination, iter_pages

    asked: list[dict[str, int]] = []

    async def fetch(paging: dict[str, int]) -> Page[int]:
        asked.append(paging)
        return Page([1, 2] if paging["page"] == 1 else [3], 3)

    pages = [page async for page in iter_pages(fetch, Pagination("page", "limit", 250), page_size=2)]
    assert pages == [ListPage(1, [1, 2], 3, 2, False), ListPage(2, [3], 3, 2, True)]
    assert asked == [{"page": 1, "limit": 2}, {"page": 2, "limit": 2}]


async def test_a_page_size_of_1_is_allowed() -> None:
    pages = Pages(parsed([1]), parsed([2]), parsed([]))
    assert await collect(pages.with_count, page_size=1) == [1, 2]


@pytest.mark.parametrize("start_page", [0, -1, 1.0, "2"])
async def test_a_bad_start_page_is_refused_before_sending(start_page: object) -> None:
    pages = Pages(parsed([1]))
    with pytest.raises(ValueError, match=rf"^start_page must be a positive integer, got {start_page!r}$"):
        await collect(pages.with_count, start_page=start_page)
    assert pages.pages == []


async def test_progress_counts_nothing_before_the_first_page_with_items() -> None:
    from altegio_client import PageProgress

    progress: list[PageProgress] = []
    pages = Pages(parsed([1]), parsed([]))
    assert await collect(pages.without_size, start_page=2, on_page=progress.append) == []
    # No page with items yet: no page size to count the pages before start_page by.
    assert progress == [PageProgress(page=2, items=0, seen=0, total=None)]


def test_page_of_names_a_list_operation_by_default() -> None:
    from altegio_client._pagination import page_of

    with pytest.raises(AltegioError, match=r"^list operation: a page has no list in `data`$"):
        page_of(parsed({"id": 3}))


async def test_paginate_sets_the_page_of_an_operation_without_a_size_itself() -> None:
    pages = Pages(parsed([1]))
    with pytest.raises(TypeError, match=r"^paginate sets `page` itself; use page_size= / start_page= instead$"):
        await collect(pages.without_size, page=2)
    assert pages.pages == []


def operation_in(module: str) -> Any:
    async def operation(*, page: int, limit: int, client: object) -> Any:
        return SimpleNamespace(parsed=parsed([]))

    operation.__module__ = module
    return operation


def test_pagination_is_read_from_the_operation_modules_table_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from altegio_client import Operation, Pagination
    from altegio_client._pagination import pagination_of

    module = types.ModuleType("my_app.operations.list_widgets")
    module.OPERATION = Operation(  # type: ignore[attr-defined]
        "list_widgets", "GET", "/v1/widgets", "partner", pagination=Pagination("page", "limit", 7)
    )
    monkeypatch.setitem(sys.modules, module.__name__, module)
    assert pagination_of(operation_in(module.__name__)) == Pagination("page", "limit", 7)


@pytest.mark.parametrize("module", ["old_client.api.get_appointment_list", "get_appointment_list"])
def test_pagination_of_a_module_without_an_entry_is_found_by_the_operation_name(module: str) -> None:
    from altegio_client import Pagination
    from altegio_client._pagination import pagination_of

    assert module not in sys.modules
    assert pagination_of(operation_in(module)) == Pagination("page", "count", 1000)
    assert pagination_of(operation_in("old_client.api.no_such_operation")) is None
