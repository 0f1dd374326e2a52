from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.schedule_slots_item import ScheduleSlotsItem


T = TypeVar("T", bound="ScheduleTeamMemberUpdateDeprecatedBodyItem")


@_attrs_define
class ScheduleTeamMemberUpdateDeprecatedBodyItem(LazyModel):
    date: _datetime.date
    """ Schedule date (YYYY-MM-DD) """
    is_working: bool
    """ Whether the team member is working on this date """
    slots: list[ScheduleSlotsItem]
    """ Working time intervals """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        is_working = self.is_working

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "is_working": is_working,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_slots_item import ScheduleSlotsItem  # noqa: PLC0415

        d = dict(src_dict)
        date = types.parse_iso_date(d.pop("date"))

        is_working = d.pop("is_working")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = ScheduleSlotsItem.from_dict(slots_item_data)

            slots.append(slots_item)

        schedule_team_member_update_deprecated_body_item = cls(
            date=date,
            is_working=is_working,
            slots=slots,
        )

        schedule_team_member_update_deprecated_body_item.additional_properties = d
        return schedule_team_member_update_deprecated_body_item

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date:

    try:
        date = date_from_iso(json_value)
    except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
        date = types.parse_iso_date(json_value)

    return date


ISO_PARSERS[_read_date] = date_from_iso


def _read_slots(json_value: Any, parse_ctx: ParseContext) -> list[ScheduleSlotsItem]:
    ScheduleSlotsItem = MODEL_CLASSES.get("altegio_client.models.schedule_slots_item") or model_class(
        "altegio_client.models.schedule_slots_item", "ScheduleSlotsItem"
    )

    slots = ScheduleSlotsItem._lazy_list(json_value, parse_ctx)

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


ScheduleTeamMemberUpdateDeprecatedBodyItem._lazy_fields = {
    "date": ("date", _read_date, True),
    "is_working": ("is_working", None, True),
    "slots": ("slots", _read_slots, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ScheduleTeamMemberUpdateDeprecatedBodyItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "is_working" in json_value:
        model.is_working = json_value["is_working"]


def _fill_converted(
    model: ScheduleTeamMemberUpdateDeprecatedBodyItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date" not in done:
        try:
            model.date = _read_date(json_value["date"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "slots" not in done:
        try:
            model.slots = _read_slots(json_value["slots"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ScheduleTeamMemberUpdateDeprecatedBodyItem | None = None
) -> ScheduleTeamMemberUpdateDeprecatedBodyItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ScheduleTeamMemberUpdateDeprecatedBodyItem._lazy(json_value, parse_ctx)
        model = new_model(
            ScheduleTeamMemberUpdateDeprecatedBodyItem
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
        layout = layout_of(ScheduleTeamMemberUpdateDeprecatedBodyItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_slots = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_date is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.date = _read_date(value_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_slots is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.slots = _read_slots(value_slots, parse_ctx)
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
        model.__class__ = lazily_read_class(ScheduleTeamMemberUpdateDeprecatedBodyItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ScheduleTeamMemberUpdateDeprecatedBodyItem
        del model._raw, model._context
    return model


ScheduleTeamMemberUpdateDeprecatedBodyItem._lazy_fill = (_fill_plain, _fill_converted, _build)
