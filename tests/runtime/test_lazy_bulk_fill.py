"""A model read broadly is filled in bulk: same values, same errors, no assignment overwritten."""

from __future__ import annotations

from typing import Any

import pytest

from altegio_client import ResponseSchemaError, unwrap
from altegio_client.api.appointments import get_appointment_list
from altegio_client.models import RecordsCompanyidResponseDataTypes
from altegio_client.types import UNSET
from tests.runtime.test_lazy_models import appointment, client_answering, envelope

# Three fields read as is (the plain fill comes on the 3rd), then converted ones (the rest on the 6th).
FIELDS = ("id", "company_id", "staff_id", "staff", "date", "create_date", "last_change_date", "documents")


async def read_items(*items: dict[str, Any]) -> list[Any]:
    async with client_answering(envelope(list(items))) as client:
        read: list[Any] = unwrap(await get_appointment_list.asyncio_detailed(client=client, location_id=1))
    return read


async def test_every_field_read_in_turn_equals_the_eager_parse() -> None:
    body = envelope([appointment(i, visit_id=i * 10, length=3600) for i in range(1, 6)])
    items = await read_items(*body["data"])
    eager = RecordsCompanyidResponseDataTypes.from_dict(body).data
    assert isinstance(eager, list)
    for item, expected in zip(items, eager, strict=True):
        for name in type(item)._lazy_fields:  # past both bulk fills, and into nested models
            assert getattr(item, name) == getattr(expected, name), name
    assert items == eager


async def test_a_bulk_fill_never_overwrites_an_assignment() -> None:
    (item,) = await read_items(appointment(1, visit_id=5, documents=[{"id": 3}]))
    item.comment = "mine"  # before any read
    item.documents = []
    for name in FIELDS:  # enough first reads for both bulk fills
        getattr(item, name)
    assert item.comment == "mine"
    assert item.documents == []
    assert item.visit_id == 5
    assert item.to_dict()["comment"] == "mine"


async def test_a_bulk_fill_keeps_a_nested_model_already_read() -> None:
    (item,) = await read_items(appointment(1))
    staff = item.staff
    staff.name = "Renamed"
    for name in FIELDS[:3] + FIELDS[4:]:
        getattr(item, name)
    assert item.staff is staff
    assert item.to_dict()["staff"]["name"] == "Renamed"


async def test_an_assignment_after_the_first_fill_survives_the_second() -> None:
    (item,) = await read_items(appointment(1))
    for name in FIELDS[:3]:  # the plain fields are stored now
        getattr(item, name)
    item.services = []  # a converted field, assigned before the second fill
    for name in FIELDS[3:]:
        getattr(item, name)
    assert item.services == []
    assert item.to_dict()["services"] == []


async def test_a_bad_field_still_fails_only_when_read_after_a_bulk_fill() -> None:
    (item,) = await read_items(
        appointment(1, datetime="not a date", create_date="2026-03-20T10:00:00+0300", last_change_date="2026-03-20")
    )
    for name in FIELDS:
        getattr(item, name)
    assert item.create_date.hour == 10
    with pytest.raises(ResponseSchemaError) as caught:
        _ = item.datetime
    assert caught.value.where == "AppointmentListItem.datetime"


async def test_nested_models_of_a_model_read_in_full_keep_their_errors() -> None:
    items = await read_items(appointment(1), appointment(2, staff={"id": 7, "position": "not an object"}))
    for item in items:
        for name in FIELDS:
            getattr(item, name)
    assert items[1].staff.id == 7
    assert items[1].staff.name is UNSET
    with pytest.raises(ResponseSchemaError) as caught:
        _ = items[1].staff.position
    assert caught.value.where is not None
    assert caught.value.where.endswith(".position")
