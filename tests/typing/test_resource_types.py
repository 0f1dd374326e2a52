"""The resource layer's types, checked twice: by mypy --strict (``make lint`` checks this file,
so a wrong annotation fails lint) and at run time against the in-process fake."""

from __future__ import annotations

from typing_extensions import assert_type

from altegio_client import BoundListMethod, Page
from altegio_client.models import AppointmentListItem, Location
from altegio_client.testing import FakeAltegio


async def test_an_operation_returns_its_typed_data() -> None:
    async with FakeAltegio().client() as client:
        location = await client.locations.get_location(1)
        assert_type(location, Location)
        assert isinstance(location, Location)


async def test_a_list_operation_returns_items_a_page_and_an_iterator_of_its_item_type() -> None:
    async with FakeAltegio().client() as client:
        method = client.appointments.get_appointment_list
        assert isinstance(method, BoundListMethod)
        items = await method(1, count=2)
        assert_type(items, list[AppointmentListItem])
        page = await method.page(1)
        assert_type(page, Page[AppointmentListItem])
        assert page.items
        assert all(isinstance(item, AppointmentListItem) for item in page.items)
        async for appointment in method.iter(1):
            assert_type(appointment, AppointmentListItem)
            assert isinstance(appointment, AppointmentListItem)
            break
