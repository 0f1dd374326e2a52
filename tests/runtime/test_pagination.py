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
