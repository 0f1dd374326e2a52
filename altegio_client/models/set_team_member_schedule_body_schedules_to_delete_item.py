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
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTeamMemberScheduleBodySchedulesToDeleteItem")


@_attrs_define
class SetTeamMemberScheduleBodySchedulesToDeleteItem(LazyModel):
    staff_id: int | Unset = UNSET
    """ Team member ID """
    dates: list[_datetime.date] | Unset = UNSET
    """ Dates to delete schedule for (YYYY-MM-DD) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.isoformat()
                dates.append(dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if dates is not UNSET:
            field_dict["dates"] = dates

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: list[datetime.date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = types.parse_iso_date(dates_item_data)

                dates.append(dates_item)

        set_team_member_schedule_body_schedules_to_delete_item = cls(
            staff_id=staff_id,
            dates=dates,
        )

        set_team_member_schedule_body_schedules_to_delete_item.additional_properties = d
        return set_team_member_schedule_body_schedules_to_delete_item

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


def _read_dates(json_value: Any, parse_ctx: ParseContext) -> list[datetime.date] | Unset:

    _dates = json_value
    dates: list[datetime.date] | Unset = UNSET
    if _dates is not UNSET:
        dates = []
        for dates_item_data in _dates:
            try:
                dates_item = date_from_iso(dates_item_data)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                dates_item = types.parse_iso_date(dates_item_data)

            dates.append(dates_item)

    return dates


_DECLARED_KEYS = frozenset(
    {
        "staff_id",
        "dates",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SetTeamMemberScheduleBodySchedulesToDeleteItem._lazy_fields = {
    "staff_id": ("staff_id", None, False),
    "dates": ("dates", _read_dates, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SetTeamMemberScheduleBodySchedulesToDeleteItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.staff_id = get("staff_id", UNSET)


def _fill_converted(
    model: SetTeamMemberScheduleBodySchedulesToDeleteItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "dates" not in done:
        value = get("dates", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.dates = UNSET
        else:
            try:
                model.dates = _read_dates(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SetTeamMemberScheduleBodySchedulesToDeleteItem | None = None
) -> SetTeamMemberScheduleBodySchedulesToDeleteItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SetTeamMemberScheduleBodySchedulesToDeleteItem._lazy(json_value, parse_ctx)
        model = new_model(
            SetTeamMemberScheduleBodySchedulesToDeleteItem
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
        layout = layout_of(SetTeamMemberScheduleBodySchedulesToDeleteItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_dates,) = fill(json_value, model)
    if value_dates is UNSET:  # what every optional field's converter returns for it
        model.dates = UNSET
    else:
        try:
            model.dates = _read_dates(value_dates, parse_ctx)
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
        model.__class__ = lazily_read_class(SetTeamMemberScheduleBodySchedulesToDeleteItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SetTeamMemberScheduleBodySchedulesToDeleteItem
        del model._raw, model._context
    return model


SetTeamMemberScheduleBodySchedulesToDeleteItem._lazy_fill = (_fill_plain, _fill_converted, _build)
