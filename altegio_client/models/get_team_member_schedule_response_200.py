from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="GetTeamMemberScheduleResponse200")


@_attrs_define
class GetTeamMemberScheduleResponse200(LazyModel):
    date: str | Unset = UNSET
    """ date in iso8601 format. """
    is_working: bool | Unset = UNSET
    """ Free time or not. """
    slots: list[JsonObject] | Unset = UNSET
    """ An array of (from, to) working timeslots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        is_working = self.is_working

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if is_working is not UNSET:
            field_dict["is_working"] = is_working
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        is_working = d.pop("is_working", UNSET)

        _slots = d.pop("slots", UNSET)
        slots: list[JsonObject] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = JsonObject.from_dict(slots_item_data)

                slots.append(slots_item)

        get_team_member_schedule_response_200 = cls(
            date=date,
            is_working=is_working,
            slots=slots,
        )

        get_team_member_schedule_response_200.additional_properties = d
        return get_team_member_schedule_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_slots(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _slots = json_value
    slots: list[JsonObject] | Unset = UNSET
    if _slots is not UNSET:
        slots = JsonObject._lazy_list(_slots, parse_ctx)

    return slots


_DECLARED_KEYS = frozenset(
    {
        "date",
        "is_working",
        "slots",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GetTeamMemberScheduleResponse200._lazy_fields = {
    "date": ("date", None, False),
    "is_working": ("is_working", None, False),
    "slots": ("slots", _read_slots, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GetTeamMemberScheduleResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.date = get("date", UNSET)
    model.is_working = get("is_working", UNSET)


def _fill_converted(
    model: GetTeamMemberScheduleResponse200, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "slots" not in done:
        value = get("slots", UNSET)
        if value is UNSET:
            model.slots = UNSET
        elif value == []:
            model.slots = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.slots = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GetTeamMemberScheduleResponse200 | None = None
) -> GetTeamMemberScheduleResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GetTeamMemberScheduleResponse200._lazy(json_value, parse_ctx)
        model = new_model(
            GetTeamMemberScheduleResponse200
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(GetTeamMemberScheduleResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_slots,) = fill(json_value, model)
    if value_slots is UNSET:
        model.slots = UNSET
    elif value_slots == []:
        model.slots = value_slots  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_slots) is not list:
                raise TypeError
            model.slots = [build(item, parse_ctx) for item in value_slots]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(GetTeamMemberScheduleResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GetTeamMemberScheduleResponse200
        del model._raw, model._context
    return model


GetTeamMemberScheduleResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
