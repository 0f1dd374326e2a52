"""paginate(): page after page until a short page, an empty page or meta.total_count."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest
import respx

from altegio_client import AltegioClient, AltegioError, paginate
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


async def test_max_pages_bounds_the_requests(api: respx.MockRouter, client: AltegioClient) -> None:
    route = api.get("/v1/companies").mock(side_effect=[httpx.Response(200, json=page_of([n, n])) for n in range(9)])
    items = paginate(get_location_list.asyncio_detailed, client=client, page_size=2, max_pages=2, start_page=3)
    ids = [item.id async for item in items]
    assert ids == [0, 0, 1, 1]
    assert [call.request.url.params["page"] for call in route.calls] == ["3", "4"]  # never a third page


async def test_the_default_page_size_is_100(api: respx.MockRouter, client: AltegioClient) -> None:
    route = api.get("/v1/companies").respond(200, json=page_of([1]))
    assert [item.id async for item in paginate(get_location_list.asyncio_detailed, client=client)] == [1]
    assert route.calls.last.request.url.params["count"] == "100"


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
    with pytest.raises(AltegioError, match=r"test_pagination: page 2 has no list in `data`"):
        await collect(pages.with_count, page_size=2)
