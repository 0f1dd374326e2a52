"""paginate(): page after page until a short page, an empty page or meta.total_count."""

from __future__ import annotations

import httpx
import pytest
import respx

from altegio_client import AltegioClient, paginate
from altegio_client.api.locations import get_location, get_location_list


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
