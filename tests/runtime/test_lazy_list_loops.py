"""A list read in a loop: what was read of one item is read on every unread item at the next one.

Reading ``item.id`` and ``item.datetime`` of 50 appointments should cost about what two reads
cost, not 100 failed slot lookups; the values, errors and assignments stay those of reading
each field alone.
"""

from __future__ import annotations

import datetime
import gc
import weakref
from typing import Any

import pytest

from altegio_client import ResponseSchemaError, _lazy, unwrap
from altegio_client._lazy import ModelList
from altegio_client.api.appointments import get_appointment_list
from altegio_client.models import (
    AppointmentListItem,
    AppointmentResource,
    AppointmentStaff,
    RecordsCompanyidResponseDataTypes,
)
from altegio_client.types import UNSET, Unset
from tests.runtime.test_lazy_models import a_context, appointment, client_answering, envelope


async def read_list(body: dict[str, Any]) -> list[AppointmentListItem]:
    async with client_answering(body) as client:
        items: list[AppointmentListItem] = unwrap(
            await get_appointment_list.asyncio_detailed(client=client, location_id=1)
        )
    return items


def eager(body: dict[str, Any]) -> list[AppointmentListItem]:
    data = RecordsCompanyidResponseDataTypes.from_dict(body).data
    assert isinstance(data, list)
    return data


async def test_two_fields_of_fifty_items_cost_four_slot_misses_not_a_hundred(slot_misses: list[str]) -> None:
    body = envelope([appointment(i, datetime=f"2026-03-{i % 28 + 1:02d}T14:00:00+0300") for i in range(1, 51)])
    items = await read_list(body)
    slot_misses.clear()  # unwrap's read of `data`
    read = [(item.id, item.datetime) for item in items]
    assert read == [(item.id, item.datetime) for item in eager(body)]
    assert isinstance(read[7][1], datetime.datetime)
    # item 0 twice (id, datetime), item 1 once (id: every item is read like item 0 then)
    assert slot_misses == ["id", "datetime", "id"]


async def test_one_field_of_each_item_is_read_ahead_too(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 11)]))
    slot_misses.clear()
    assert [item.id for item in items] == list(range(1, 11))
    assert slot_misses == ["id", "id"]


async def test_the_items_read_ahead_are_not_read_in_full(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 4)]))
    assert [item.id for item in items] == [1, 2, 3]
    slot_misses.clear()
    assert items[2].comment == ""  # not read ahead: read on its own
    assert slot_misses == ["comment"]


async def test_three_fields_read_ahead_bring_the_fill_they_bring_on_one_item(slot_misses: list[str]) -> None:
    body = envelope([appointment(i, length=i * 60) for i in range(1, 6)])
    items = await read_list(body)
    slot_misses.clear()
    read = [(item.id, item.staff_id, item.length) for item in items]
    assert read == [(i, UNSET, i * 60) for i in range(1, 6)]
    assert slot_misses == ["id", "staff_id", "length", "id"]
    slot_misses.clear()
    # the 3rd read stores every field read as is: on the items read ahead too
    assert [item.comment for item in items] == [""] * 5
    assert slot_misses == []
    assert [item.datetime for item in items] == [item.datetime for item in eager(body)]


async def test_a_field_that_fails_on_a_later_item_still_fails_when_read() -> None:
    body = envelope([appointment(1), appointment(2), appointment(3, datetime="not a date"), appointment(4)])
    items = await read_list(body)
    moscow = datetime.timezone(datetime.timedelta(hours=3))
    assert (items[0].id, items[0].datetime) == (1, datetime.datetime(2026, 3, 20, 14, tzinfo=moscow))
    assert items[1].id == 2  # reads datetime ahead on items 1-3: item 2's fails, and is left unread
    assert items[3].datetime == items[0].datetime
    assert items[2].id == 3
    with pytest.raises(ResponseSchemaError) as error:
        items[2].datetime  # noqa: B018
    assert error.value.where == "AppointmentListItem.datetime"


async def test_an_item_assigned_to_before_it_was_read_is_left_alone() -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 5)]))
    items[2].id = 99
    items[3].staff_id = 5
    assert [item.id for item in items] == [1, 2, 99, 4]
    assert items[3].staff_id == 5  # items[3] was read ahead (id) but kept its assignment
    items[2].comment = "mine"
    assert [item.comment for item in items] == ["", "", "mine", ""]


async def test_a_model_the_caller_put_into_the_list_is_skipped() -> None:
    items = await read_list(envelope([appointment(1), appointment(2)]))
    built = AppointmentListItem(id=42)
    items.insert(1, built)
    assert [item.id for item in items] == [1, 42, 2]
    assert built.datetime is UNSET


async def test_the_next_model_of_a_class_outside_any_list_is_read_like_the_last(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i, staff={"id": i, "name": f"S{i}"}) for i in range(1, 4)]))
    slot_misses.clear()
    staff = [item.staff for item in items]
    assert [(member.id, member.name) for member in staff if isinstance(member, AppointmentStaff)] == [
        (1, "S1"),
        (2, "S2"),
        (3, "S3"),
    ]
    # item 1's first read reads `staff` ahead on item 2; each appointment's staff is a model of
    # its own, outside any list: from the 2nd on, its first read reads both fields
    assert slot_misses == ["staff", "staff", "id", "name", "id", "id"]


async def test_a_lazily_read_list_is_a_list_freed_without_the_cyclic_gc() -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 4)]))
    assert isinstance(items, list)
    assert type(items) is ModelList
    assert items == eager(envelope([appointment(i) for i in range(1, 4)]))
    gone = weakref.ref(items)
    gc.disable()
    try:
        del items
        assert gone() is None  # the context holds it weakly: no reference cycle keeps it
    finally:
        gc.enable()


async def test_a_list_dropped_before_the_next_item_is_read_is_no_trouble() -> None:
    kept = await read_list(envelope([appointment(i) for i in range(1, 4)]))
    assert kept[0].id == 1
    lists = kept[0]._context.lists
    assert len(lists) == 1
    assert kept[1].id == 2  # reads ahead once, then forgets the list
    assert lists == []


def resources(*ids: str | None) -> list[dict[str, Any]]:
    return [{"type": "record", "attributes": {}, **({} if id_ is None else {"id": id_})} for id_ in ids]


def test_lists_of_other_classes_are_read_ahead_in_their_turn(slot_misses: list[str]) -> None:
    context = a_context()
    records = AppointmentResource._lazy_list(resources("1", "2", "3"), context)
    appointments = AppointmentListItem._lazy_list([appointment(i) for i in range(1, 4)], context)
    assert [item.id for item in appointments] == [1, 2, 3]
    assert [record.id for record in records] == ["1", "2", "3"]
    assert slot_misses == ["id", "id", "id", "id"]


def test_every_list_of_the_class_is_read_ahead(slot_misses: list[str]) -> None:
    context = a_context()
    first = AppointmentListItem._lazy_list([appointment(i) for i in range(1, 4)], context)
    second = AppointmentListItem._lazy_list([appointment(i) for i in range(4, 7)], context)
    assert [item.id for item in first + second] == [1, 2, 3, 4, 5, 6]
    assert slot_misses == ["id", "id"]


def test_a_required_field_missing_on_a_later_item_raises_when_read() -> None:
    records = AppointmentResource._lazy_list(resources("1", None, "3"), a_context())
    assert records[0].id == "1"
    with pytest.raises(ResponseSchemaError) as caught:
        _ = records[1].id
    assert caught.value.where == "AppointmentResource.id"
    assert records[2].id == "3"


async def test_a_field_absent_on_a_later_item_is_read_ahead_as_unset(slot_misses: list[str]) -> None:
    body = envelope([appointment(1, length=60), appointment(2, length=120), appointment(3), appointment(4, length=9)])
    items = await read_list(body)
    slot_misses.clear()
    assert [item.length for item in items] == [60, 120, UNSET, 9]
    assert slot_misses == ["length", "length"]


async def test_a_field_failing_on_an_item_does_not_stop_the_next_field_s_read_ahead(slot_misses: list[str]) -> None:
    body = envelope([appointment(1), appointment(2), appointment(3, datetime="not a date")])
    items = await read_list(body)
    slot_misses.clear()
    assert items[0].datetime is not UNSET
    assert items[0].id == 1
    assert items[1].datetime == items[0].datetime  # reads datetime and id ahead on items 1 and 2
    assert items[2].id == 3
    assert slot_misses == ["datetime", "id", "datetime"]


async def test_reads_ahead_count_toward_the_plain_fill(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i, length=i) for i in range(1, 4)]))
    slot_misses.clear()
    assert [(item.id, item.datetime) for item in items][1][0] == 2
    assert items[1].length == 2  # its 3rd read: the plain fill
    assert items[1].comment == ""
    assert slot_misses == ["id", "datetime", "id", "length"]


async def test_unknown_fields_are_read_ahead_too(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 4)]))
    slot_misses.clear()
    extra = [item.additional_properties for item in items]
    assert extra == [{"custom_field_not_in_the_spec": i} for i in range(1, 4)]
    assert slot_misses == ["additional_properties", "additional_properties"]


async def test_nested_lists_of_each_item_are_read_ahead_together(slot_misses: list[str]) -> None:
    body = envelope([appointment(i, services=[{"id": i, "title": f"T{i}"}]) for i in range(1, 5)])
    items = await read_list(body)
    services = [item.services for item in items]  # each item's list of one service
    slot_misses.clear()
    titles = [service.title for each in services if not isinstance(each, Unset) for service in each]
    assert titles == ["T1", "T2", "T3", "T4"]
    assert slot_misses == ["title", "title"]


def test_a_list_dropped_before_the_read_ahead_is_forgotten() -> None:
    context = a_context()
    dropped = AppointmentListItem._lazy_list([appointment(1), appointment(2)], context)
    del dropped
    gc.collect()
    kept = AppointmentListItem._lazy_list([appointment(3), appointment(4)], context)
    assert len(context.lists) == 2
    assert [item.id for item in kept] == [3, 4]
    assert context.lists == []


async def test_an_item_whose_read_ahead_failed_still_counts_what_it_read(slot_misses: list[str]) -> None:
    body = envelope([appointment(1), appointment(2), appointment(3, datetime="not a date", documents=[])])
    items = await read_list(body)
    assert [(item.id, item.datetime) for item in items[:2]][1][0] == 2  # item 2's datetime fails ahead
    slot_misses.clear()
    for name in ("length", "comment", "staff", "date", "services"):  # with id: six first reads
        getattr(items[2], name)
    assert items[2].documents == []  # converted by the 6th read's fill: no slot miss
    assert slot_misses == ["length", "comment", "staff", "date", "services"]
    with pytest.raises(ResponseSchemaError):
        _ = items[2].datetime


async def test_a_long_list_is_checked_for_assignments_in_one_traversal(monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[object] = []
    one_by_one = _lazy._set_slots

    def counting(model: Any) -> int:
        counted.append(model)
        return one_by_one(model)

    monkeypatch.setattr(_lazy, "_set_slots", counting)
    items = await read_list(envelope([appointment(i) for i in range(1, 51)]))
    assert [(item.id, item.comment) for item in items][-1] == (50, "")
    assert counted == [items[1]]  # the item whose first read brought the read-ahead; the rest at once


async def test_an_item_assigned_to_leaves_the_others_read_ahead(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 6)]))
    items[3].comment = "mine"
    slot_misses.clear()
    read = [(item.id, item.comment) for item in items]
    assert read == [(1, ""), (2, ""), (3, ""), (4, "mine"), (5, "")]
    assert slot_misses == ["id", "comment", "id", "id"]  # item 0, item 1 (the others at once), item 3
