from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.create_timetable_schedule_day_body_day_of_week import (
    CreateTimetableScheduleDayBodyDayOfWeek,
    check_create_timetable_schedule_day_body_day_of_week,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTimetableScheduleDayBody")


@_attrs_define
class CreateTimetableScheduleDayBody(LazyModel):
    day_of_week: CreateTimetableScheduleDayBodyDayOfWeek
    """ The day of the week for the schedule series. """
    events_master_id: int
    """ The ID of the team member assigned to the events in the schedule series. """
    events_time: str
    """ Start time of the events in the schedule series, formatted as HH:MM:SS. """
    events_duration: float
    """ Duration of each event in the schedule series, in seconds. """
    events_capacity: float
    """ The capacity of activities in the schedule series. For appointments, this should be set to 1. """
    labels_ids: list[int] | Unset = UNSET
    """ An array of tag IDs associated with the events in the schedule series. """
    resource_instances_ids: list[int] | Unset = UNSET
    """ An array of resource instance IDs used in the events of the schedule series. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week: str = self.day_of_week

        events_master_id = self.events_master_id

        events_time = self.events_time

        events_duration = self.events_duration

        events_capacity = self.events_capacity

        labels_ids: list[int] | Unset = UNSET
        if not isinstance(self.labels_ids, Unset):
            labels_ids = self.labels_ids

        resource_instances_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instances_ids, Unset):
            resource_instances_ids = self.resource_instances_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_of_week": day_of_week,
                "events_master_id": events_master_id,
                "events_time": events_time,
                "events_duration": events_duration,
                "events_capacity": events_capacity,
            }
        )
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_of_week = check_create_timetable_schedule_day_body_day_of_week(d.pop("day_of_week"))

        events_master_id = d.pop("events_master_id")

        events_time = d.pop("events_time")

        events_duration = d.pop("events_duration")

        events_capacity = d.pop("events_capacity")

        labels_ids = cast(list[int], d.pop("labels_ids", UNSET))

        resource_instances_ids = cast(list[int], d.pop("resource_instances_ids", UNSET))

        create_timetable_schedule_day_body = cls(
            day_of_week=day_of_week,
            events_master_id=events_master_id,
            events_time=events_time,
            events_duration=events_duration,
            events_capacity=events_capacity,
            labels_ids=labels_ids,
            resource_instances_ids=resource_instances_ids,
        )

        create_timetable_schedule_day_body.additional_properties = d
        return create_timetable_schedule_day_body

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


def _read_day_of_week(json_value: Any, parse_ctx: ParseContext) -> CreateTimetableScheduleDayBodyDayOfWeek:

    day_of_week = check_create_timetable_schedule_day_body_day_of_week(json_value)

    return day_of_week


_DECLARED_KEYS = frozenset(
    {
        "day_of_week",
        "events_master_id",
        "events_time",
        "events_duration",
        "events_capacity",
        "labels_ids",
        "resource_instances_ids",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateTimetableScheduleDayBody._lazy_fields = {
    "day_of_week": ("day_of_week", _read_day_of_week, True),
    "events_master_id": ("events_master_id", None, True),
    "events_time": ("events_time", None, True),
    "events_duration": ("events_duration", None, True),
    "events_capacity": ("events_capacity", None, True),
    "labels_ids": ("labels_ids", None, False),
    "resource_instances_ids": ("resource_instances_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateTimetableScheduleDayBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "events_master_id" in json_value:
        model.events_master_id = json_value["events_master_id"]
    if "events_time" in json_value:
        model.events_time = json_value["events_time"]
    if "events_duration" in json_value:
        model.events_duration = json_value["events_duration"]
    if "events_capacity" in json_value:
        model.events_capacity = json_value["events_capacity"]
    model.labels_ids = get("labels_ids", UNSET)
    model.resource_instances_ids = get("resource_instances_ids", UNSET)


def _fill_converted(
    model: CreateTimetableScheduleDayBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "day_of_week" not in done:
        try:
            model.day_of_week = _read_day_of_week(json_value["day_of_week"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CreateTimetableScheduleDayBody | None = None
) -> CreateTimetableScheduleDayBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateTimetableScheduleDayBody._lazy(json_value, parse_ctx)
        model = new_model(
            CreateTimetableScheduleDayBody
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
        layout = layout_of(CreateTimetableScheduleDayBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_day_of_week,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_day_of_week is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.day_of_week = _read_day_of_week(value_day_of_week, parse_ctx)
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
        model.__class__ = lazily_read_class(CreateTimetableScheduleDayBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateTimetableScheduleDayBody
        del model._raw, model._context
    return model


CreateTimetableScheduleDayBody._lazy_fill = (_fill_plain, _fill_converted, _build)
