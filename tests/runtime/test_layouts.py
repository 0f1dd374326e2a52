"""A model built whole stores its fields read as is with code compiled per JSON key layout
(altegio_client/_layouts.py), and gets the same model ``from_dict`` makes, whatever the keys."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import pytest

from altegio_client import ResponseSchemaError, _layouts
from altegio_client._lazy import FieldTable, LazyModel, lazily_read_class
from altegio_client.models import (
    AppointmentListItem,
    AppointmentStaffPosition,
    AttendanceServiceSuggestionResourceAttributes,
    JsonObject,
    appointment_list_item,
    appointment_staff_position,
)
from altegio_client.types import UNSET
from tests.runtime.test_lazy_models import a_context, appointment


@pytest.fixture(autouse=True)
def no_layouts_yet() -> None:
    """Each test starts with no layout made (they are kept per class and per model module)."""
    _layouts._layouts.clear()
    _layouts._fills.clear()
    for module in (appointment_list_item, appointment_staff_position):
        module._LAST_LAYOUT[0] = (None, None)


def build(cls: type[Any], raw: Any) -> Any:
    return cls._lazy_fill[2](raw, a_context().as_broad())


def documented(**changes: Any) -> dict[str, Any]:
    """An appointment with every key of the documented one, as one JSON document decodes it."""
    raw: dict[str, Any] = json.loads(json.dumps({**appointment(1), **changes}))
    return raw


@pytest.mark.parametrize(
    "raw",
    [
        documented(),
        documented(client={"id": 5, "name": "Ann"}, is_remind_sms_sent=True),  # optional keys there
        {key: value for key, value in reversed(documented().items())},  # another order
        {"id": 3},  # every other field absent
        {"id": 3, "undeclared": [1], "another": None},  # keys the schema does not declare
        {},
        documented(custom_fields={"color": "red"}),  # the JsonObject branch of a union
        documented(custom_fields=[]),  # its list branch (PHP's `[]`)
    ],
)
def test_a_build_gives_what_from_dict_gives_whatever_the_keys(raw: dict[str, Any]) -> None:
    built = build(AppointmentListItem, raw)
    assert type(built) is AppointmentListItem
    assert built == AppointmentListItem.from_dict(raw)
    declared = {key for key, _, _ in AppointmentListItem._lazy_fields.values()}
    assert built.additional_properties == {key: value for key, value in raw.items() if key not in declared}


def test_objects_of_one_layout_share_compiled_stores_and_each_gets_its_own_values() -> None:
    first, second = json.loads(json.dumps([documented(), documented(id=2, comment="second")]))
    one, two = build(AppointmentListItem, first), build(AppointmentListItem, second)
    assert (one.id, one.comment, two.id, two.comment) == (1, "", 2, "second")
    assert one.is_remind_sms_sent is UNSET  # absent in both: UNSET
    assert two.client is UNSET
    assert len(_layouts._fills[AppointmentListItem]) == 1


def test_a_layout_is_made_once_per_key_tuple(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[tuple[str, ...]] = []
    layout_of = appointment_staff_position.layout_of  # type: ignore[attr-defined]

    def counting(cls: type[Any], keys: tuple[str, ...]) -> Any:
        made.append(keys)
        return layout_of(cls, keys)

    monkeypatch.setattr(appointment_staff_position, "layout_of", counting)
    document = json.loads('[{"id": 1, "title": "A"}, {"id": 2, "title": "B"}]')
    for raw in document:
        build(AppointmentStaffPosition, raw)
    build(AppointmentStaffPosition, {"id": 3, "title": "C"})  # equal keys of another document
    build(AppointmentStaffPosition, {"title": "D", "id": 4})  # another order: another layout
    built = build(AppointmentStaffPosition, {"id": 5, "title": "E"})  # a layout made before
    assert made == [("id", "title"), ("title", "id"), ("id", "title")]
    assert (built.id, built.title, built.services_binding_type) == (5, "E", UNSET)
    assert len(_layouts._layouts[AppointmentStaffPosition]) == 2


def test_the_last_layout_is_kept_with_this_document_s_keys() -> None:
    build(AppointmentStaffPosition, {"id": 1, "title": "A"})
    raw = json.loads('{"id": 2, "title": "B"}')
    build(AppointmentStaffPosition, raw)
    (kept, layout) = appointment_staff_position._LAST_LAYOUT[0]
    assert all(mine is theirs for mine, theirs in zip(kept, raw, strict=True))  # compared by identity next
    assert layout == _layouts._layouts[AppointmentStaffPosition][("id", "title")]


def test_a_missing_required_field_read_as_is_is_left_unread_to_raise() -> None:
    raw = {"service_id": 1, "suggestion_type": "client_popular_service"}  # no record_id
    built = build(AttendanceServiceSuggestionResourceAttributes, raw)
    assert type(built) is lazily_read_class(AttendanceServiceSuggestionResourceAttributes)
    assert built.service_id == 1
    with pytest.raises(ResponseSchemaError) as caught:
        _ = built.record_id
    assert caught.value.where == "AttendanceServiceSuggestionResourceAttributes.record_id"
    whole = build(AttendanceServiceSuggestionResourceAttributes, {**raw, "record_id": 2})
    assert type(whole) is AttendanceServiceSuggestionResourceAttributes
    assert whole == AttendanceServiceSuggestionResourceAttributes.from_dict({**raw, "record_id": 2})


def test_a_layout_tells_undeclared_keys_and_missing_required_ones() -> None:
    fill, only_declared, complete = _layouts.layout_of(AppointmentStaffPosition, ("id", "x"))
    assert (only_declared, complete) == (False, True)
    model = object.__new__(AppointmentStaffPosition)
    assert fill({"id": 7, "x": 1}, model) == ()  # no converted field to hand back
    assert (model.id, model.title, model.services_binding_type) == (7, UNSET, UNSET)
    (_, only_declared, complete) = _layouts.layout_of(AppointmentStaffPosition, ("title",))
    assert (only_declared, complete) == (True, True)
    cls = AttendanceServiceSuggestionResourceAttributes
    (fill, only_declared, complete) = _layouts.layout_of(cls, ("suggestion_type", "service_id"))
    assert (only_declared, complete) == (True, False)
    attributes = object.__new__(cls)
    assert fill({"service_id": 1, "suggestion_type": "t"}, attributes) == ("t",)  # the converted field's JSON value
    assert attributes.service_id == 1
    assert not hasattr(attributes, "record_id")  # required and absent: not stored


def test_the_compiled_code_names_only_declared_keys() -> None:
    hostile = {"id": 1, "title": "A", "x'] = 0\nimport os #": 1}
    built = build(AppointmentStaffPosition, hostile)
    assert built.additional_properties == {"x'] = 0\nimport os #": 1}
    (fill,) = _layouts._fills[AppointmentStaffPosition].values()
    assert {constant for constant in fill.__code__.co_consts if isinstance(constant, str)} == {"id", "title"}
    assert set(fill.__code__.co_names) == {"id", "title", "services_binding_type", "UNSET"}


def test_past_the_layouts_kept_a_class_is_filled_without_compiled_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_layouts, "MAX_LAYOUTS", 1)
    raws = [documented(), {"id": 2, "comment": "x"}, {"comment": "y", "id": 3}, documented(id=4)]
    for raw in raws:
        built = build(AppointmentListItem, raw)
        assert built == AppointmentListItem.from_dict(raw)
        assert type(built) is AppointmentListItem
    assert len(_layouts._layouts[AppointmentListItem]) == 1
    assert len(_layouts._fills[AppointmentListItem]) == 1
    assert _layouts._layouts[AppointmentListItem][tuple(raws[0])][0].__code__.co_filename.startswith("<stores of")
    cls = AttendanceServiceSuggestionResourceAttributes
    for raw in ({"record_id": 1, "service_id": 2, "suggestion_type": "t"}, {"service_id": 3, "suggestion_type": "u"}):
        fill = _layouts._uncompiled_fill(cls)
        model = object.__new__(cls)
        assert fill(raw, model) == (raw["suggestion_type"],)
        assert model.service_id == raw["service_id"]
        assert getattr(model, "record_id", None) == raw.get("record_id")


def test_a_json_object_in_a_union_is_a_copy_of_the_object() -> None:
    fields = {"color": "red"}
    for made in (
        build(AppointmentListItem, {"custom_fields": fields}).custom_fields,
        appointment_list_item._read_custom_fields(fields, a_context()),
    ):
        assert type(made) is JsonObject
        assert made.additional_properties == fields
        assert made.additional_properties is not fields
        assert made == JsonObject.from_dict(fields)


def test_a_union_value_of_no_branch_is_left_unread_to_raise() -> None:
    built = build(AppointmentListItem, {"id": 1, "custom_fields": "none"})
    assert built.id == 1
    with pytest.raises(ResponseSchemaError) as caught:
        _ = built.custom_fields
    assert caught.value.where == "AppointmentListItem.custom_fields"


def test_a_layout_and_its_compiled_stores_are_made_once() -> None:
    first = _layouts.layout_of(AppointmentStaffPosition, ("id", "title"))
    assert _layouts.layout_of(AppointmentStaffPosition, ("id", "title")) is first
    other = _layouts.layout_of(AppointmentStaffPosition, ("id", "title", "undeclared"))
    assert other[0] is first[0]  # the same declared keys there: the same stores
    assert other[1:] == (False, True)
    assert first[0].__code__.co_filename == "<stores of AppointmentStaffPosition>"


def test_past_the_layouts_kept_no_more_code_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_layouts, "MAX_LAYOUTS", 1)
    compiled = _layouts.layout_of(AppointmentStaffPosition, ("id",))[0]
    uncompiled = _layouts.layout_of(AppointmentStaffPosition, ("title",))[0]
    assert compiled.__code__.co_filename == "<stores of AppointmentStaffPosition>"
    assert uncompiled.__code__.co_filename == _layouts.__file__
    model = object.__new__(AppointmentStaffPosition)
    assert uncompiled({"title": "A"}, model) == ()
    assert (model.id, model.title, model.services_binding_type) == (UNSET, "A", UNSET)


class _Odd(LazyModel):
    """A class whose field names are no Python names, and its whole-object field first."""

    _lazy_fields: ClassVar[FieldTable] = {
        "additional_properties": (None, lambda value, context: {}, False),
        "class": ("class", None, False),
        "a-b": ("a-b", None, True),
        "when": ("when", lambda value, context: value, False),
    }


class _Keyword(LazyModel):
    """A class with a field named by a Python keyword, its only odd name."""

    _lazy_fields: ClassVar[FieldTable] = {"ok": ("ok", None, False), "class": ("klass", None, False)}


@pytest.mark.parametrize(
    ("cls", "present"),
    [
        (_Odd, frozenset({"class", "a-b", "when"})),
        (_Odd, frozenset({"when"})),
        (_Keyword, frozenset({"ok", "klass"})),
    ],
)
def test_fields_that_are_no_python_names_are_stored_without_compiled_code(
    cls: type[LazyModel], present: frozenset[str]
) -> None:
    fill = _layouts._compile_fill(cls, present)
    assert fill.__code__.co_filename == _layouts.__file__
    model = cls()
    raw = {key: key.upper() for key in present}
    converted = tuple(raw.get(key, UNSET) for key, convert, _ in cls._lazy_fields.values() if key and convert)
    assert fill(raw, model) == converted
    for name, (key, convert, required) in cls._lazy_fields.items():
        if key is not None and convert is None:
            assert getattr(model, name, None) == raw.get(key, None if required else UNSET)
