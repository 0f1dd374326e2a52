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
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTimetableScheduleDayBody")


@_attrs_define
class UpdateTimetableScheduleDayBody(LazyModel):
    force: bool
    """ Flag for force override of manual changes in scheduled appointments/events. """
    events_master_id: int | Unset = UNSET
    """ The ID of the team member assigned to the events in the schedule series. """
    events_time: str | Unset = UNSET
    """ Start time of the events in the schedule series, formatted as HH:MM:SS. """
    events_duration: float | Unset = UNSET
    """ Duration of each event in the schedule series, in seconds. """
    events_capacity: float | Unset = UNSET
    """ The capacity of activities in the schedule series. For appointments, this should be set to 1. """
    labels_ids: list[int] | Unset = UNSET
    """ An array of tag IDs associated with the events in the schedule series. """
    resource_instances_ids: list[int] | Unset = UNSET
    """ An array of resource instance IDs used in the events of the schedule series. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force = self.force

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
                "force": force,
            }
        )
        if events_master_id is not UNSET:
            field_dict["events_master_id"] = events_master_id
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if events_capacity is not UNSET:
            field_dict["events_capacity"] = events_capacity
        if labels_ids is not UNSET:
            field_dict["labels_ids"] = labels_ids
        if resource_instances_ids is not UNSET:
            field_dict["resource_instances_ids"] = resource_instances_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        force = d.pop("force")

        events_master_id = d.pop("events_master_id", UNSET)

        events_time = d.pop("events_time", UNSET)

        events_duration = d.pop("events_duration", UNSET)

        events_capacity = d.pop("events_capacity", UNSET)

        labels_ids = cast(list[int], d.pop("labels_ids", UNSET))

        resource_instances_ids = cast(list[int], d.pop("resource_instances_ids", UNSET))

        update_timetable_schedule_day_body = cls(
            force=force,
            events_master_id=events_master_id,
            events_time=events_time,
            events_duration=events_duration,
            events_capacity=events_capacity,
            labels_ids=labels_ids,
            resource_instances_ids=resource_instances_ids,
        )

        update_timetable_schedule_day_body.additional_properties = d
        return update_timetable_schedule_day_body

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


_DECLARED_KEYS = frozenset(
    {
        "force",
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


UpdateTimetableScheduleDayBody._lazy_fields = {
    "force": ("force", None, True),
    "events_master_id": ("events_master_id", None, False),
    "events_time": ("events_time", None, False),
    "events_duration": ("events_duration", None, False),
    "events_capacity": ("events_capacity", None, False),
    "labels_ids": ("labels_ids", None, False),
    "resource_instances_ids": ("resource_instances_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateTimetableScheduleDayBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "force" in json_value:
        model.force = json_value["force"]
    model.events_master_id = get("events_master_id", UNSET)
    model.events_time = get("events_time", UNSET)
    model.events_duration = get("events_duration", UNSET)
    model.events_capacity = get("events_capacity", UNSET)
    model.labels_ids = get("labels_ids", UNSET)
    model.resource_instances_ids = get("resource_instances_ids", UNSET)


def _fill_converted(
    model: UpdateTimetableScheduleDayBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UpdateTimetableScheduleDayBody | None = None
) -> UpdateTimetableScheduleDayBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UpdateTimetableScheduleDayBody._lazy(json_value, parse_ctx)
        model = new_model(
            UpdateTimetableScheduleDayBody
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
        layout = layout_of(UpdateTimetableScheduleDayBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(UpdateTimetableScheduleDayBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UpdateTimetableScheduleDayBody
        del model._raw, model._context
    return model


UpdateTimetableScheduleDayBody._lazy_fill = (_fill_plain, _fill_converted, _build)
