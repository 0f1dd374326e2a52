"""What a lazily read body costs: each field converted once, what a model read in full holds
filled as it is made, lookups cached; and the errors stay those of reading each field alone."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from altegio_client import ResponseSchemaError
from altegio_client._lazy import MODEL_BUILDERS, MODEL_CLASSES, LazyModel, _fields, _fields_of, lazily_read_class
from altegio_client.models import (
    AppointmentListItem,
    AppointmentResource,
    AppointmentStaff,
    AppointmentStaffPosition,
    EventAppointmentCreateRequestClient,
    appointment_list_item,
)
from altegio_client.types import UNSET
from tests.runtime.test_lazy_list_loops import read_list
from tests.runtime.test_lazy_models import a_context, appointment, envelope

# Three fields read as is (the plain fill comes on the 3rd), then converted ones (the rest on the 6th).
FIELDS = ("id", "company_id", "staff_id", "staff", "date", "create_date", "last_change_date", "documents")


@pytest.fixture(autouse=True)
def cold_caches() -> None:
    """Every test starts with no model class, builder or field table looked up yet."""
    MODEL_CLASSES.clear()
    MODEL_BUILDERS.clear()
    _fields_of.clear()


def every_value(value: Any) -> list[Any]:
    """Every field of a model tree, read (the way a full read walks it)."""
    if isinstance(value, list):
        return [v for item in value for v in every_value(item)]
    if isinstance(value, LazyModel):
        return [
            v for name in type(value)._lazy_fields for v in [getattr(value, name), *every_value(getattr(value, name))]
        ]
    return []


def staffed(index: int, **changes: Any) -> dict[str, Any]:
    staff = {"id": index, "name": f"S{index}", "position": {"id": 1, "title": "Administrator"}}
    documents = [{"id": 8, "type_id": 7}, {"id": 9, "type_id": 7}]
    return appointment(index, **{"staff": staff, "documents": documents, **changes})


async def test_a_model_read_in_full_holds_its_nested_models_filled(slot_misses: list[str]) -> None:
    items = await read_list(envelope([staffed(1), staffed(2)]))
    slot_misses.clear()
    for name in FIELDS:
        getattr(items[0], name)
    assert slot_misses == list(FIELDS[:6])  # the 6th read filled the rest
    slot_misses.clear()
    assert every_value(items[0])  # every field of it, its staff, position, services, documents
    assert slot_misses == []
    assert items[1].comment == ""  # the next item of the class is filled whole at its first read
    assert every_value(items[1])
    assert slot_misses == ["comment"]


async def test_a_model_filled_whole_converts_each_field_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    parse = appointment_list_item.datetime_from_iso  # type: ignore[attr-defined]

    def counting(value: str) -> Any:
        parsed.append(value)
        return parse(value)

    items = await read_list(envelope([staffed(1), staffed(2, date="2026-03-21 10:00:00")]))
    for name in FIELDS:
        getattr(items[0], name)
    monkeypatch.setattr(appointment_list_item, "datetime_from_iso", counting)  # what its build calls
    date = items[1].date
    assert isinstance(date, datetime.datetime)
    assert date.day == 21
    assert parsed == ["2026-03-21 10:00:00", "2026-03-20T14:00:00+0300"]  # date, datetime: once each


async def test_an_item_assigned_to_before_its_first_read_is_not_filled_over() -> None:
    items = await read_list(envelope([staffed(1), staffed(2), staffed(3)]))
    for name in FIELDS:
        getattr(items[0], name)
    items[1].comment = "mine"
    assert items[1].id == 2
    assert items[1].comment == "mine"
    assert items[2].comment == ""


async def test_the_fourth_read_fills_the_nested_model_it_makes(slot_misses: list[str]) -> None:
    (item,) = await read_list(envelope([staffed(1)]))
    for name in FIELDS[:4]:  # the plain fill on the 3rd; `staff` made after it
        getattr(item, name)
    staff = item.staff
    assert isinstance(staff, AppointmentStaff)
    slot_misses.clear()
    assert (staff.name, staff.rating) == ("S1", UNSET)
    assert isinstance(staff.position, AppointmentStaffPosition)
    assert staff.position.title == "Administrator"
    assert slot_misses == []


# the staff read alone after the plain fill; made in the 6th read's fill; read after it
@pytest.mark.parametrize("reads", [FIELDS[:4], ("id", "company_id", "staff_id", *FIELDS[4:]), FIELDS])
async def test_a_bad_nested_field_of_a_model_filled_whole_names_the_call(reads: tuple[str, ...]) -> None:
    (item,) = await read_list(envelope([staffed(1, staff={"id": 7, "position": "not an object"})]))
    for name in reads:
        getattr(item, name)
    assert isinstance(item.staff, AppointmentStaff)
    with pytest.raises(ResponseSchemaError) as caught:
        _ = item.staff.position
    assert caught.value.operation == "get_appointment_list"
    assert caught.value.where == "AppointmentStaff.position"


async def test_what_a_model_read_broadly_holds_is_built_whole_keeping_no_json() -> None:
    (item,) = await read_list(envelope([staffed(1)]))
    for name in FIELDS[:4]:  # `staff` read alone after the plain fill: made whole, with its position
        getattr(item, name)
    assert type(item.staff) is AppointmentStaff
    assert type(item.staff.position) is AppointmentStaffPosition
    for whole in (item.staff, item.staff.position):  # only a model with a field left unread needs them
        assert not hasattr(whole, "_raw")
        assert not hasattr(whole, "_context")
    assert item._context.broad


def test_a_list_made_whole_keeps_the_call_and_each_item_s_own_errors() -> None:
    context = a_context().as_broad()
    items = AppointmentResource._lazy_list([{"type": "record", "id": "1", "attributes": {}}, {"id": "2"}], context)
    assert (items[0].type, items[0].id, items[1].id) == ("record", "1", "2")
    with pytest.raises(ResponseSchemaError) as caught:
        _ = items[1].type  # required, missing: left unread by the fill, raised when read
    assert caught.value.operation == "an_operation"
    with pytest.raises(TypeError, match=r"^item 1: AppointmentResource: expected a JSON object, got a string$"):
        AppointmentResource._lazy_list([{}, "x"], context)


def test_the_twin_for_filled_models_is_made_once_and_shares_what_was_read() -> None:
    context = a_context()
    twin = context.as_broad()
    assert twin is context.as_broad()
    assert twin.as_broad() is twin
    assert (twin.broad, context.broad) == (True, False)
    assert (twin.operation, twin.response) == (context.operation, context.response)
    assert twin.read_in_full is context.read_in_full
    assert twin.read_so_far is context.read_so_far


#: a client with six required fields (five read as is, `gender` converted) and optional ones
CLIENT = {
    **{name: name.upper() for name in ("name", "phone", "email", "surname", "patronymic")},
    "id": 5,
    "comment": "c",
    "national_id": "n",
    "gender": 1,
    "birthday": "2000-01-02",
    "custom_field_values": [],
    "agreements": {},
}


def test_the_sixth_read_fills_the_rest_when_only_the_plain_fill_set_the_others(slot_misses: list[str]) -> None:
    client = EventAppointmentCreateRequestClient._lazy(CLIENT, a_context())
    # two optional and one required field read as is (the plain fill: the other five required
    # ones), then three converted ones: the 6th read converts the last one, agreements
    reads = ("comment", "national_id", "name", "gender", "birthday", "custom_field_values")
    for name in reads:
        getattr(client, name)
    slot_misses.clear()
    assert (client.id, client.email) == (5, "EMAIL")
    _ = client.agreements
    assert slot_misses == []


async def test_the_lookups_are_cached_once_per_model_class() -> None:
    (item,) = await read_list(envelope([staffed(1)]))
    for name in FIELDS:
        getattr(item, name)
    assert MODEL_CLASSES["altegio_client.models.appointment_staff"] is AppointmentStaff  # read alone (4th)
    position = "altegio_client.models.appointment_staff_position"  # built in the staff's fill
    assert MODEL_BUILDERS[position] is AppointmentStaffPosition._lazy_fill[2]
    assert MODEL_CLASSES[position] is AppointmentStaffPosition
    lazily_read = lazily_read_class(AppointmentListItem)  # what the fills take, keyed by it
    assert _fields_of[lazily_read] is _fields(lazily_read)
    fields = _fields(lazily_read)
    assert ("comment", "comment") in fields.optional
    assert fields.required == ()
    assert [name for name, *_ in fields.converted][:3] == ["services", "goods_transactions", "staff"]
    required = _fields(EventAppointmentCreateRequestClient).required
    assert required == tuple((name, name) for name in ("id", "name", "phone", "email", "surname", "patronymic"))


def test_a_context_is_made_for_one_call() -> None:
    made = a_context()
    assert (made.broad, made.read_in_full, made.read_so_far, made.lists) == (False, set(), {}, [])
