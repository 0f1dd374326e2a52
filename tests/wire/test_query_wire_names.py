"""Query names the backend reads (overlays.query_wire_names, overlays.php_array_queries)."""

from __future__ import annotations

import datetime

from altegio_client import AltegioClient
from altegio_client.api.appointments import get_appointment_list, get_comments
from altegio_client.api.clients import deprecated_get_client_list
from altegio_client.api.events import list_events, search_events
from altegio_client.api.locations import get_location_list
from altegio_client.api.online_booking import get_dates_available_for_booking
from altegio_client.api.products import get_product_category_list_by_ids
from altegio_client.api.schedule_resources import get_team_member_schedule_list
from altegio_client.api.subscriptions_certificates import (
    check_memberships_for_event,
    get_client_gift_cards,
    get_membership_list,
    search_memberships_for_event,
)

from .conftest import Wire


async def test_appointment_list_filters_by_staff_id(wire: Wire, client: AltegioClient) -> None:
    await get_appointment_list.asyncio_detailed(1, client=client, staff_id=5, start_date="2026-01-01")
    assert wire.last.url.path == "/api/v1/records/1"
    assert wire.query == "staff_id=5&start_date=2026-01-01"


async def test_comments_filter_by_staff_id(wire: Wire, client: AltegioClient) -> None:
    await get_comments.asyncio_detailed(1, client=client, staff_id=5)
    assert wire.query == "staff_id=5"


async def test_membership_event_checks_send_activity_id(wire: Wire, client: AltegioClient) -> None:
    await search_memberships_for_event.asyncio_detailed(1, 2, client=client, activity_id=9)
    assert wire.query == "activity_id=9"
    await check_memberships_for_event.asyncio_detailed(1, 2, 3, client=client, activity_id=9, schedule_day_ids="4")
    assert wire.query == "activity_id=9&schedule_day_ids=4"


async def test_gift_cards_send_company_id_not_the_typo_and_the_phone_as_typed(
    wire: Wire, client: AltegioClient
) -> None:
    await get_client_gift_cards.asyncio_detailed(client=client, company_id=7, phone="13155550175")
    assert wire.query == "company_id=7&phone=13155550175"


async def test_client_list_filters_by_client_id(wire: Wire, client: AltegioClient) -> None:
    await deprecated_get_client_list.asyncio_detailed(1, client=client, id=66)
    assert wire.last.url.path == "/api/v1/clients/1"
    assert wire.query == "id=66"


async def test_product_categories_by_ids_send_a_php_array(wire: Wire, client: AltegioClient) -> None:
    await get_product_category_list_by_ids.asyncio_detailed(1, client=client, ids=[3, 4])
    assert wire.last.url.path == "/api/v1/goods_categories/multiple/1"
    assert wire.query == "ids%5B%5D=3&ids%5B%5D=4"


async def test_schedule_list_sends_php_arrays(wire: Wire, client: AltegioClient) -> None:
    await get_team_member_schedule_list.asyncio_detailed(
        1,
        client=client,
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 1, 2),
        staff_ids=[11, 12],
        include=["busy_intervals"],
    )
    assert wire.query == (
        "start_date=2026-01-01&end_date=2026-01-02&staff_ids%5B%5D=11&staff_ids%5B%5D=12&include%5B%5D=busy_intervals"
    )


async def test_membership_list_sends_abonements_ids_as_php_array(wire: Wire, client: AltegioClient) -> None:
    await get_membership_list.asyncio_detailed(1, client=client, abonements_ids=[5, 6])
    assert wire.query == "abonements_ids%5B%5D=5&abonements_ids%5B%5D=6"


async def test_v1_event_search_sends_php_arrays(wire: Wire, client: AltegioClient) -> None:
    await search_events.asyncio_detailed(
        1, client=client, from_="2026-01-01", till="2026-01-02", staff_ids=[3], service_ids=[4, 5]
    )
    assert wire.query == "from=2026-01-01&till=2026-01-02&service_ids%5B%5D=4&service_ids%5B%5D=5&staff_ids%5B%5D=3"


async def test_v1_location_list_include_is_a_php_array(wire: Wire, client: AltegioClient) -> None:
    await get_location_list.asyncio_detailed(client=client, include=["staff"])
    assert "include%5B%5D=staff" in wire.query.split("&")


async def test_v2_include_is_a_php_array(wire: Wire, client: AltegioClient) -> None:
    wire.answer = {"data": [], "meta": {}}
    await list_events.asyncio_detailed(
        1, client=client, filterfrom="2026-01-01 00:00:00", filterto="2026-01-02 00:00:00", include=["staff"]
    )
    assert "include%5B%5D=staff" in wire.query.split("&")
    assert "include=staff" not in wire.query


async def test_booking_dates_take_a_list_of_service_ids(wire: Wire, client: AltegioClient) -> None:
    await get_dates_available_for_booking.asyncio_detailed(1, client=client, service_ids=[7, 8])
    assert wire.query == "service_ids%5B%5D=7&service_ids%5B%5D=8"
