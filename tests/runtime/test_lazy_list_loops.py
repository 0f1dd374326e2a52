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


async def test_a_model_the_caller_put_first_into_the_list_is_skipped() -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 5)]))
    built = AppointmentListItem(id=42)
    items.insert(0, built)
    assert [item.id for item in items] == [42, 1, 2, 3, 4]
    assert built.datetime is UNSET


async def test_an_item_read_out_of_turn_reads_every_other_ahead(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 8)]))
    slot_misses.clear()
    assert (items[0].id, items[5].id) == (1, 6)
    assert [item.id for item in items] == list(range(1, 8))
    assert slot_misses == ["id", "id"]  # item 5's read read items 1-4 and 6 ahead


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


@pytest.fixture
def set_slot_counts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The models whose slots are counted one by one (`_lazy._set_slots`)."""
    counted: list[object] = []
    one_by_one = _lazy._set_slots

    def counting(model: Any) -> int:
        counted.append(model)
        return one_by_one(model)

    monkeypatch.setattr(_lazy, "_set_slots", counting)
    return counted


@pytest.fixture
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many models each check of a list in a Python loop (`_lazy._none_assigned`) covered."""
    sizes: list[int] = []
    none_assigned = _lazy._none_assigned

    def counting(models: list[Any]) -> bool:
        sizes.append(len(models))
        return none_assigned(models)

    monkeypatch.setattr(_lazy, "_none_assigned", counting)
    return sizes


async def test_a_long_list_read_in_order_is_checked_in_one_traversal(
    set_slot_counts: list[object], slow_checks: list[int]
) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 51)]))
    assert [(item.id, item.comment) for item in items][-1] == (50, "")
    assert set_slot_counts == [items[1]]  # the item whose first read brought the read-ahead; the rest at once
    assert slow_checks == []  # every item but the first unread: one gc.get_referents of them all


async def test_a_list_read_out_of_order_is_checked_in_one_traversal_too(
    set_slot_counts: list[object], slow_checks: list[int]
) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 11)]))
    assert items[2].id == 3
    assert [item.id for item in items] == list(range(1, 11))
    assert set_slot_counts == [items[0]]
    assert slow_checks == [9]  # the unread ones, item 0 among them, none assigned to


def test_the_unread_layout_is_cpython_s() -> None:
    unread = _lazy._Probe._lazy({}, a_context())
    assert _lazy._UNREAD_LAYOUT == _lazy._unread_layout(unread) == (2, 4)  # _context, _raw, _reads, the class


@pytest.mark.parametrize(
    "layout",
    [
        lambda refs: [*refs, "more"],  # more than the three slots and the class
        lambda refs: [*refs[:-1], None],  # no class at the end
        lambda refs: [item if item != () else None for item in refs],  # no `_reads` of ()
        lambda refs: [(), *refs],  # two of ()
    ],
)
def test_another_layout_leaves_the_unread_check_its_loop(monkeypatch: pytest.MonkeyPatch, layout: Any) -> None:
    referents = gc.get_referents
    monkeypatch.setattr(gc, "get_referents", lambda *objects: layout(referents(*objects)))
    assert _lazy._unread_layout(_lazy._Probe._lazy({}, a_context())) is None


async def test_with_no_known_layout_lists_are_read_ahead_all_the_same(
    monkeypatch: pytest.MonkeyPatch, set_slot_counts: list[object], slow_checks: list[int]
) -> None:
    monkeypatch.setattr(_lazy, "_UNREAD_LAYOUT", None)
    items = await read_list(envelope([appointment(i) for i in range(1, 8)]))
    items[4].comment = "mine"
    assert [(item.id, item.comment) for item in items][3:5] == [(4, ""), (5, "mine")]
    assert slow_checks == [6]  # items 1-6, in a loop: one was assigned to, so each counted alone
    counted = [next(index for index, item in enumerate(items) if item is model) for model in set_slot_counts]
    assert counted == [1, 1, 2, 3, 4, 5, 6, 4]  # item 1's first read; the loop; item 4's own first read


async def test_an_item_assigned_to_leaves_the_others_read_ahead(slot_misses: list[str]) -> None:
    items = await read_list(envelope([appointment(i) for i in range(1, 6)]))
    items[3].comment = "mine"
    slot_misses.clear()
    read = [(item.id, item.comment) for item in items]
    assert read == [(1, ""), (2, ""), (3, ""), (4, "mine"), (5, "")]
    assert slot_misses == ["id", "comment", "id", "id"]  # item 0, item 1 (the others at once), item 3


def counting_converter(monkeypatch: pytest.MonkeyPatch, name: str) -> list[object]:
    """Wrap the converter of AppointmentListItem's field ``name`` (a date-time): the values it is
    called with, while the read-ahead still knows it as a date-time converter (ISO_PARSERS)."""
    key, convert, required = AppointmentListItem._lazy_fields[name]
    assert convert is not None
    called: list[object] = []

    def counting(value: object, context: Any) -> object:
        called.append(value)
        return convert(value, context)

    monkeypatch.setitem(AppointmentListItem._lazy_fields, name, (key, counting, required))
    monkeypatch.setitem(_lazy.ISO_PARSERS, counting, _lazy.ISO_PARSERS[convert])
    return called


def test_date_fields_are_known_to_the_read_ahead_by_their_parser() -> None:
    from altegio_client.models import TeamMemberListItem

    assert _lazy.ISO_PARSERS[AppointmentListItem._lazy_fields["datetime"][1]] == datetime.datetime.fromisoformat
    dates = [spec[1] for spec in TeamMemberListItem._lazy_fields.values() if spec[1] in _lazy.ISO_PARSERS]
    assert datetime.date.fromisoformat in [_lazy.ISO_PARSERS[convert] for convert in dates]
    assert AppointmentListItem._lazy_fields["staff"][1] not in _lazy.ISO_PARSERS  # a nested object


async def test_a_date_column_python_parses_whole_calls_no_converter(
    monkeypatch: pytest.MonkeyPatch, slot_misses: list[str]
) -> None:
    called = counting_converter(monkeypatch, "datetime")
    body = envelope([appointment(i, datetime=f"2026-03-{i:02d}T14:00:00+03:00") for i in range(1, 11)])
    items = await read_list(body)
    read = [item.datetime for item in items]
    assert read == [item.datetime for item in eager(body)]
    assert called == ["2026-03-01T14:00:00+03:00"]  # item 0's own read; the other 9 in one C loop


@pytest.mark.parametrize(
    ("odd_one", "read"),
    [
        (" 2026-03-20T14:00:00z ", datetime.datetime(2026, 3, 20, 14, tzinfo=datetime.timezone.utc)),  # Python rejects
        (None, UNSET),  # absent
    ],
)
async def test_a_date_column_python_does_not_parse_whole_goes_through_the_converter(
    monkeypatch: pytest.MonkeyPatch, odd_one: str | None, read: object
) -> None:
    called = counting_converter(monkeypatch, "datetime")
    sent = [appointment(1), appointment(2), appointment(3, datetime=odd_one), appointment(4)]
    if odd_one is None:
        del sent[2]["datetime"]
    items = await read_list(envelope(sent))
    dates = [item.datetime for item in items]
    assert dates[2] == read
    assert dates[0] == dates[1] == dates[3] == items[0].datetime
    assert isinstance(dates[3], datetime.datetime)
    assert len(called) == 1 + 3  # item 0's own read, then the column of items 1-3, one by one


@pytest.fixture
def one_by_one(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The JSON keys read field by field (`_lazy._field_value`): a first read, or the read-ahead
    item by item after a column failed; a column read in one go is not listed."""
    keys: list[str | None] = []
    field_value = _lazy._field_value

    def counting(raw: dict[str, Any], key: str | None, *rest: Any) -> Any:
        keys.append(key)
        return field_value(raw, key, *rest)

    monkeypatch.setattr(_lazy, "_field_value", counting)
    return keys


async def test_columns_are_read_ahead_whole_optional_absent_and_undeclared_keys_alike(
    one_by_one: list[str | None],
) -> None:
    body = envelope([appointment(i, length=60 * i, extra=i) for i in range(1, 6)])
    del body["data"][2]["length"]
    items = await read_list(body)
    read = [(item.length, item.additional_properties) for item in items]
    assert read == [(item.length, item.additional_properties) for item in eager(body)]
    assert [(length, extra["extra"]) for length, extra in read][1:3] == [(120, 2), (UNSET, 3)]
    assert one_by_one == ["data", "length", None]  # the envelope's data, then item 0's own reads


async def test_a_column_of_nested_objects_is_read_ahead_whole(one_by_one: list[str | None]) -> None:
    items = await read_list(envelope([appointment(i, staff={"id": i, "name": f"S{i}"}) for i in range(1, 6)]))
    staff: list[Any] = [item.staff for item in items]
    assert one_by_one == ["data", "staff"]  # item 0's own read; the other 4 converted in one go
    assert [member.name for member in staff] == ["S1", "S2", "S3", "S4", "S5"]


def test_a_required_column_is_read_ahead_whole(one_by_one: list[str | None]) -> None:
    records = AppointmentResource._lazy_list(resources("1", "2", "3", "4"), a_context())
    assert [record.id for record in records] == ["1", "2", "3", "4"]
    assert one_by_one == ["id"]


async def test_when_a_column_fails_each_item_is_read_with_the_response_s_context(
    one_by_one: list[str | None],
) -> None:
    staff = {"id": 7, "name": "A"}
    body = envelope([appointment(i, staff=staff) for i in range(1, 4)] + [appointment(4, datetime="x", staff=staff)])
    items: list[Any] = await read_list(body)
    assert (items[0].staff.id, items[0].datetime.day) == (7, 20)
    assert items[1].staff.id == 7  # the datetime column failed on item 3: item by item
    # item 0's own reads (its staff's id too), then items 1-3 field by field
    assert one_by_one == ["data", "staff", "id", "datetime"] + ["staff", "datetime"] * 3
    assert [item.staff.name for item in items] == ["A"] * 4  # nested models made with the context
    with pytest.raises(ResponseSchemaError) as caught:
        _ = items[3].datetime
    assert caught.value.operation == "get_appointment_list"
