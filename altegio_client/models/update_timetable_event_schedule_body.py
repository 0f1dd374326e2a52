from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableEventScheduleBody")


@_attrs_define
class UpdateTimetableEventScheduleBody(LazyModel):
    date_end: _datetime.date | Unset = UNSET
    """ Date of the schedule end. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_end is not UNSET:
            field_dict["date_end"] = date_end

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = types.parse_iso_date(_date_end)

        update_timetable_event_schedule_body = cls(
            date_end=date_end,
        )

        update_timetable_event_schedule_body.additional_properties = d
        return update_timetable_event_schedule_body

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


def _read_date_end(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_end: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_end = UNSET
    else:
        try:
            date_end = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_end = types.parse_iso_date(json_value)

    return date_end


ISO_PARSERS[_read_date_end] = date_from_iso


_DECLARED_KEYS = frozenset(
    {
        "date_end",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UpdateTimetableEventScheduleBody._lazy_fields = {
    "date_end": ("date_end", _read_date_end, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateTimetableEventScheduleBody, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: UpdateTimetableEventScheduleBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date_end" not in done:
        value = get("date_end", UNSET)
        if value is UNSET:
            model.date_end = UNSET
        else:
            try:
                try:
                    model.date_end = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_end = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UpdateTimetableEventScheduleBody | None = None
) -> UpdateTimetableEventScheduleBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UpdateTimetableEventScheduleBody._lazy(json_value, parse_ctx)
        model = new_model(
            UpdateTimetableEventScheduleBody
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
        layout = layout_of(UpdateTimetableEventScheduleBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date_end,) = fill(json_value, model)
    if value_date_end is UNSET:
        model.date_end = UNSET
    else:
        try:
            try:
                model.date_end = date_from_iso(value_date_end)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_end = types.parse_iso_date(value_date_end)
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
        model.__class__ = lazily_read_class(UpdateTimetableEventScheduleBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UpdateTimetableEventScheduleBody
        del model._raw, model._context
    return model


UpdateTimetableEventScheduleBody._lazy_fill = (_fill_plain, _fill_converted, _build)
