from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_busy_intervals_item import ScheduleBusyIntervalsItem
    from ..models.schedule_slots_item import ScheduleSlotsItem


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule(LazyModel):
    staff_id: int | Unset = UNSET
    """ Team member ID """
    date: _datetime.date | Unset = UNSET
    """ Schedule date (YYYY-MM-DD) """
    slots: list[ScheduleSlotsItem] | Unset = UNSET
    """ Working time intervals """
    busy_intervals: list[ScheduleBusyIntervalsItem] | Unset = UNSET
    """ Time intervals occupied by appointments or events.
    Only included when `include[]=busy_intervals`.
     """
    off_day_type: int | None | Unset = UNSET
    """ Off-day type ID (if this is a non-working day).
    Only included when `include[]=off_day_type`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        busy_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.busy_intervals, Unset):
            busy_intervals = []
            for busy_intervals_item_data in self.busy_intervals:
                busy_intervals_item = busy_intervals_item_data.to_dict()
                busy_intervals.append(busy_intervals_item)

        off_day_type: int | None | Unset
        if isinstance(self.off_day_type, Unset):
            off_day_type = UNSET
        else:
            off_day_type = self.off_day_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if staff_id is not UNSET:
            field_dict["staff_id"] = staff_id
        if date is not UNSET:
            field_dict["date"] = date
        if slots is not UNSET:
            field_dict["slots"] = slots
        if busy_intervals is not UNSET:
            field_dict["busy_intervals"] = busy_intervals
        if off_day_type is not UNSET:
            field_dict["off_day_type"] = off_day_type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_busy_intervals_item import ScheduleBusyIntervalsItem  # noqa: PLC0415
        from ..models.schedule_slots_item import ScheduleSlotsItem  # noqa: PLC0415

        d = dict(src_dict)
        staff_id = d.pop("staff_id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_date(_date)

        _slots = d.pop("slots", UNSET)
        slots: list[ScheduleSlotsItem] | Unset = UNSET
        if _slots is not UNSET:
            slots = []
            for slots_item_data in _slots:
                slots_item = ScheduleSlotsItem.from_dict(slots_item_data)

                slots.append(slots_item)

        _busy_intervals = d.pop("busy_intervals", UNSET)
        busy_intervals: list[ScheduleBusyIntervalsItem] | Unset = UNSET
        if _busy_intervals is not UNSET:
            busy_intervals = []
            for busy_intervals_item_data in _busy_intervals:
                busy_intervals_item = ScheduleBusyIntervalsItem.from_dict(busy_intervals_item_data)

                busy_intervals.append(busy_intervals_item)

        def _parse_off_day_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        off_day_type = _parse_off_day_type(d.pop("off_day_type", UNSET))

        schedule = cls(
            staff_id=staff_id,
            date=date,
            slots=slots,
            busy_intervals=busy_intervals,
            off_day_type=off_day_type,
        )

        schedule.additional_properties = d
        return schedule

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date: datetime.date | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_date(json_value)

    return date


ISO_PARSERS[_read_date] = date_from_iso


def _read_slots(json_value: Any, parse_ctx: ParseContext) -> list[ScheduleSlotsItem] | Unset:
    ScheduleSlotsItem = MODEL_CLASSES.get("altegio_client.models.schedule_slots_item") or model_class(
        "altegio_client.models.schedule_slots_item", "ScheduleSlotsItem"
    )

    _slots = json_value
    slots: list[ScheduleSlotsItem] | Unset = UNSET
    if _slots is not UNSET:
        slots = ScheduleSlotsItem._lazy_list(_slots, parse_ctx)

    return slots


def _read_busy_intervals(json_value: Any, parse_ctx: ParseContext) -> list[ScheduleBusyIntervalsItem] | Unset:
    ScheduleBusyIntervalsItem = MODEL_CLASSES.get("altegio_client.models.schedule_busy_intervals_item") or model_class(
        "altegio_client.models.schedule_busy_intervals_item", "ScheduleBusyIntervalsItem"
    )

    _busy_intervals = json_value
    busy_intervals: list[ScheduleBusyIntervalsItem] | Unset = UNSET
    if _busy_intervals is not UNSET:
        busy_intervals = ScheduleBusyIntervalsItem._lazy_list(_busy_intervals, parse_ctx)

    return busy_intervals


_DECLARED_KEYS = frozenset(
    {
        "staff_id",
        "date",
        "slots",
        "busy_intervals",
        "off_day_type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Schedule._lazy_fields = {
    "staff_id": ("staff_id", None, False),
    "date": ("date", _read_date, False),
    "slots": ("slots", _read_slots, False),
    "busy_intervals": ("busy_intervals", _read_busy_intervals, False),
    "off_day_type": ("off_day_type", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Schedule, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.staff_id = get("staff_id", UNSET)
    model.off_day_type = get("off_day_type", UNSET)


def _fill_converted(model: Schedule, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "slots" not in done:
        value = get("slots", UNSET)
        if value is UNSET:
            model.slots = UNSET
        elif value == []:
            model.slots = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.schedule_slots_item") or model_builder(
                "altegio_client.models.schedule_slots_item", "ScheduleSlotsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.slots = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "busy_intervals" not in done:
        value = get("busy_intervals", UNSET)
        if value is UNSET:
            model.busy_intervals = UNSET
        elif value == []:
            model.busy_intervals = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.schedule_busy_intervals_item") or model_builder(
                "altegio_client.models.schedule_busy_intervals_item", "ScheduleBusyIntervalsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.busy_intervals = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Schedule | None = None) -> Schedule:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Schedule._lazy(json_value, parse_ctx)
        model = new_model(Schedule)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Schedule, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_date, value_slots, value_busy_intervals = fill(json_value, model)
    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = date_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_date(value_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_slots is UNSET:
        model.slots = UNSET
    elif value_slots == []:
        model.slots = value_slots  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.schedule_slots_item") or model_builder(
            "altegio_client.models.schedule_slots_item", "ScheduleSlotsItem"
        )
        try:
            if _builtins.type(value_slots) is not list:
                raise TypeError
            model.slots = [build(item, parse_ctx) for item in value_slots]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_busy_intervals is UNSET:
        model.busy_intervals = UNSET
    elif value_busy_intervals == []:
        model.busy_intervals = value_busy_intervals  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.schedule_busy_intervals_item") or model_builder(
            "altegio_client.models.schedule_busy_intervals_item", "ScheduleBusyIntervalsItem"
        )
        try:
            if _builtins.type(value_busy_intervals) is not list:
                raise TypeError
            model.busy_intervals = [build(item, parse_ctx) for item in value_busy_intervals]
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
        model.__class__ = lazily_read_class(Schedule)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Schedule
        del model._raw, model._context
    return model


Schedule._lazy_fill = (_fill_plain, _fill_converted, _build)
