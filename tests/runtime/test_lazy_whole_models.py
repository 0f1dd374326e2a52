"""A lazily read model is an instance of its class's twin until it is whole; then of the class.

Whole models have no ``__getattr__``, so their reads are plain slot reads; a model with a field
that failed to convert stays lazily read, so reading that field raises. See
``altegio_client._lazy.lazily_read_class``.
"""

from __future__ import annotations

import copy
import datetime
import gc
import pickle
import weakref
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from altegio_client import ResponseSchemaError
from altegio_client._lazy import _TWINS, ParseContext, lazily_read_class
from altegio_client.models import (
    AppointmentListItem,
    AppointmentListItemServicesItem,
    AppointmentStaff,
    AppointmentStaffPosition,
    EventAppointmentCreateRequestClient,
)
from altegio_client.types import UNSET
from tests.runtime.test_lazy_fill_costs import CLIENT, every_value, staffed
from tests.runtime.test_lazy_list_loops import eager, read_list
from tests.runtime.test_lazy_models import a_context, envelope, lazily


@pytest.fixture(autouse=True)
def no_twins_yet() -> None:
    """Every test starts with no twin class made (they are cached per class)."""
    _TWINS.clear()


def read_in_full(model: Any) -> None:
    for name in type(model)._lazy_fields:
        getattr(model, name)


def broad() -> ParseContext:
    """The context of a model read in full: what it holds is built whole as it is made."""
    return a_context().as_broad()


def whole(value: Any) -> bool:
    """Whether ``value`` is an instance of its generated class itself (not of the twin)."""
    return "_whole_class" not in dir(type(value))


async def test_the_items_of_a_list_read_in_full_become_instances_of_the_class_itself(
    slot_misses: list[str],
) -> None:
    items = await read_list(envelope([staffed(index) for index in range(1, 6)]))
    assert [type(item).__name__ for item in items] == ["AppointmentListItem"] * 5
    assert not any(type(item) is AppointmentListItem for item in items)  # unread: the twin
    read_in_full(items[0])
    assert type(items[0]) is AppointmentListItem
    slot_misses.clear()
    assert items[1].id == 2  # the next item's first read builds every unread item of the list
    assert slot_misses == ["id"]
    assert [type(item) for item in items] == [AppointmentListItem] * 5
    assert not any(hasattr(item, "_raw") for item in items[1:])  # built: their JSON can be freed
    assert all(every_value(item) for item in items[1:])
    assert slot_misses == ["id"]
    for item in items:
        assert type(item.staff) is AppointmentStaff
        assert type(item.staff.position) is AppointmentStaffPosition
        assert isinstance(item.services, list)
        assert type(item.services[0]) is AppointmentListItemServicesItem
    assert not hasattr(AppointmentListItem, "__getattr__")


async def test_an_item_with_a_field_that_fails_stays_lazily_read_and_raises_for_that_field() -> None:
    items = await read_list(envelope([staffed(1), staffed(2), staffed(3, date="soon")]))
    read_in_full(items[0])
    assert items[1].id == 2
    bad = items[2]
    assert isinstance(bad, AppointmentListItem)
    assert bad._raw["date"] == "soon"  # kept: reading the field left unread converts it again
    assert type(bad) is not AppointmentListItem
    assert (bad.id, bad.comment, type(bad.staff)) == (3, "", AppointmentStaff)  # the rest was built
    with pytest.raises(ResponseSchemaError) as caught:
        _ = bad.date
    assert caught.value.where == "AppointmentListItem.date"
    assert type(items[1]) is AppointmentListItem


def test_a_required_field_missing_from_a_built_model_raises_when_read() -> None:
    raw = {key: value for key, value in CLIENT.items() if key != "name"}
    client = EventAppointmentCreateRequestClient._lazy_fill[2](raw, broad())
    assert type(client) is not EventAppointmentCreateRequestClient
    assert (client.id, client.phone, client.gender) == (5, "PHONE", 1)
    with pytest.raises(ResponseSchemaError) as caught:
        _ = client.name
    assert caught.value.where == "EventAppointmentCreateRequestClient.name"
    full = EventAppointmentCreateRequestClient._lazy_fill[2](CLIENT, broad())
    assert type(full) is EventAppointmentCreateRequestClient
    assert full.name == "NAME"
    no_gender = {key: value for key, value in CLIENT.items() if key != "gender"}  # required, converted
    assert type(EventAppointmentCreateRequestClient._lazy_fill[2](no_gender, broad())) is not (
        EventAppointmentCreateRequestClient
    )


READS = ("comment", "national_id", "name", "gender", "birthday", "custom_field_values")  # the 6th fills


def test_a_model_whose_sixth_read_filled_every_field_is_whole() -> None:
    client = lazily(EventAppointmentCreateRequestClient, CLIENT)
    for name in READS[:5]:
        getattr(client, name)
    assert type(client) is not EventAppointmentCreateRequestClient
    getattr(client, READS[5])
    assert type(client) is EventAppointmentCreateRequestClient
    assert (client.agreements, client.email) == (attrs.evolve(client).agreements, "EMAIL")
    broken = lazily(
        EventAppointmentCreateRequestClient, {key: value for key, value in CLIENT.items() if key != "gender"}
    )
    for name in (*READS[:3], *READS[4:], "agreements"):
        getattr(broken, name)
    assert type(broken) is not EventAppointmentCreateRequestClient  # `gender` is missing: left unread
    with pytest.raises(ResponseSchemaError):
        _ = broken.gender
    small = lazily(AppointmentStaffPosition, {"id": 1, "title": "Administrator", "unknown": 2})
    read_in_full(small)  # 4 fields, no 6th read: it stays lazily read, every field in its slot
    assert (small.id, small.additional_properties) == (1, {"unknown": 2})
    assert type(small) is not AppointmentStaffPosition


async def test_lazily_read_and_whole_models_compare_as_eager_ones_either_way() -> None:
    body = envelope([staffed(1), staffed(2)])
    lazy, eagerly = await read_list(body), eager(body)
    assert lazy[0] == eagerly[0]
    assert eagerly[1] == lazy[1]  # the generated __eq__ asked first: the twin's answers
    assert (lazy[0] != eagerly[0]) is False  # attrs' __ne__ asks the twin's __eq__
    assert lazy[0] != eagerly[1]
    something_else: Any = "something else"
    assert lazy[0] != something_else
    assert [type(item) for item in lazy] == [AppointmentListItem] * 2  # read whole to compare
    again = await read_list(body)
    assert again[0] == lazy[0]
    assert again[1] == (await read_list(body))[1]  # both lazily read


async def test_a_lazily_read_model_pickles_and_copies_as_its_class() -> None:
    body = envelope([staffed(1), staffed(2)])
    expected = eager(body)[0]
    duplicates: list[Callable[[Any], Any]] = [lambda model: pickle.loads(pickle.dumps(model)), copy.copy, copy.deepcopy]
    for duplicate in duplicates:
        (model, _) = await read_list(body)
        twin = duplicate(model)
        assert type(twin) is AppointmentListItem
        assert twin == expected
        assert type(model) is AppointmentListItem  # read whole to be copied
    (model, _) = await read_list(body)
    changed = attrs.evolve(model, comment="new")
    assert (changed.comment, changed.id) == ("new", 1)
    assert changed == attrs.evolve(expected, comment="new")


async def test_pickling_a_model_with_a_bad_field_raises_its_schema_error() -> None:
    (model,) = await read_list(envelope([staffed(1, date="soon")]))
    with pytest.raises(ResponseSchemaError):
        pickle.dumps(model)


def test_undeclared_keys_are_kept_whatever_the_last_object_s_keys() -> None:
    build = AppointmentStaffPosition._lazy_fill[2]
    context = broad()
    first = build({"id": 1, "title": "A"}, context)
    assert first.additional_properties == {}
    same_count = build({"id": 2, "extra": "kept"}, context)
    assert same_count.additional_properties == {"extra": "kept"}
    reordered = build({"title": "B", "id": 3}, context)
    assert (reordered.id, reordered.title, reordered.additional_properties) == (3, "B", {})
    again = build({"id": 1, "title": "A", "more": 1}, context)
    assert again.additional_properties == {"more": 1}
    empty = build({}, context)
    assert (empty.id, empty.additional_properties) == (UNSET, {})


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("2026-03-20T14:00:00+0300", datetime.datetime(2026, 3, 20, 11, tzinfo=datetime.timezone.utc)),
        (" 2026-03-20T14:00:00z ", datetime.datetime(2026, 3, 20, 14, tzinfo=datetime.timezone.utc)),
        ("2026-03-20 14:00:00", datetime.datetime(2026, 3, 20, 14)),
    ],
)
async def test_dates_a_build_parses_include_the_forms_python_rejects(sent: str, read: datetime.datetime) -> None:
    items = await read_list(envelope([staffed(1), staffed(2, create_date=sent)]))
    read_in_full(items[0])
    assert items[1].create_date == read
    assert type(items[1]) is AppointmentListItem


def test_the_twin_is_made_once_and_named_as_its_class() -> None:
    twin = lazily_read_class(AppointmentStaff)
    assert lazily_read_class(AppointmentStaff) is twin
    assert lazily_read_class(twin) is twin
    assert issubclass(twin, AppointmentStaff)
    assert twin.__doc__ == AppointmentStaff.__doc__
    assert twin.__doc__
    assert (twin.__name__, twin.__qualname__, twin.__module__) == (
        "AppointmentStaff",
        "AppointmentStaff",
        AppointmentStaff.__module__,
    )
    staff = lazily(AppointmentStaff, {"id": 7})
    assert type(staff) is twin
    assert repr(staff).startswith("AppointmentStaff(id=7,")


async def test_a_lazily_read_model_made_by_its_constructor_in_a_list_is_skipped_by_the_read_ahead() -> None:
    items = await read_list(envelope([staffed(1), staffed(2), staffed(3)]))
    made = attrs.evolve(items[2], comment="mine")  # made by __init__ of the class of items[2]: the twin
    assert type(made) is lazily_read_class(AppointmentListItem)
    items[2] = made
    read_in_full(items[0])
    assert items[1].id == 2  # builds the unread items: not the one the caller made
    assert type(items[1]) is AppointmentListItem
    assert (made.comment, made.id) == ("mine", 3)


async def test_a_list_read_in_full_keeps_neither_its_json_nor_its_response() -> None:
    body = envelope([staffed(index) for index in range(1, 4)])
    items = await read_list(body)
    response = weakref.ref(items[0]._context.response)
    read_in_full(items[0])  # the first: filled whole as its fields are read
    assert items[1].id == 2  # the others: built whole at once
    compared = await read_list(body)
    assert compared[2] == eager(body)[2]  # compared: read whole, one field at a time
    assigned = (await read_list(body))[0]
    assigned.comment = "mine"  # assigned to: never bulk-filled, each field read alone
    expected = eager(body)[0]
    expected.comment = "mine"
    assert assigned == expected
    for item in [*items, compared[2], assigned]:
        assert type(item) is AppointmentListItem
        assert not hasattr(item, "_raw")
        assert not hasattr(item, "_context")
    gc.collect()
    assert response() is None


async def test_an_item_left_lazily_read_keeps_its_json_and_its_call() -> None:
    items = await read_list(envelope([staffed(1), staffed(2, date="soon")]))
    read_in_full(items[0])
    assert items[1].id == 2
    assert items[1]._raw["date"] == "soon"
    assert items[1]._context.operation == "get_appointment_list"
