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
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.timetable_event_schedule_day_day_of_week import (
    TimetableEventScheduleDayDayOfWeek,
    check_timetable_event_schedule_day_day_of_week,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_with_position import MasterWithPosition
    from ..models.resource_instance import ResourceInstance
    from ..models.tag import Tag
    from ..models.timetable_event_schedule_event import TimetableEventScheduleEvent


T = TypeVar("T", bound="TimetableEventScheduleDay")


@_attrs_define
class TimetableEventScheduleDay(LazyModel):
    """Data for an existing schedule series in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration':
            3600, 'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id':
            123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}], 'events': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'event_status': 'stable', 'event_datetime':
            '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity', 'event_entity_id': 123,
            'is_entity_master_changed': False, 'is_entity_datetime_changed': False, 'is_entity_duration_changed': False,
            'is_entity_labels_changed': False, 'is_entity_resource_instances_changed': False}]}

    """

    id: int | Unset = UNSET
    """ ID of a schedule series. """
    created_at: _datetime.datetime | Unset = UNSET
    """ Datetime of a schedule series created. """
    updated_at: _datetime.datetime | Unset = UNSET
    """ Datetime of a schedule series last updated. """
    deleted_at: _datetime.datetime | None | Unset = UNSET
    """ Datetime of a schedule series deleted. """
    timetable_event_schedule_id: int | Unset = UNSET
    """ ID of a schedule, which series is linked to. """
    day_of_week: TimetableEventScheduleDayDayOfWeek | Unset = UNSET
    """ Day of week of a schedule series. """
    events_time: str | Unset = UNSET
    """ Time of beginning of the events in a schedule series. """
    events_duration: float | Unset = UNSET
    """ Duration of the events in a schedule series.
    Note: Does not include technical break duration.
     """
    event_technical_break_duration: float | Unset = UNSET
    """ Technical break duration in seconds. """
    events_master: MasterWithPosition | Unset = UNSET
    events_labels: list[Tag] | Unset = UNSET
    """ Tags for the events in a schedule series.
    Returned in response only if corresponding `include` is present in request.
     """
    events_resource_instances: list[ResourceInstance] | Unset = UNSET
    """ Resource instances for the events in a schedule series.
    Returned in response only if corresponding `include` is present in request.
     """
    events: list[TimetableEventScheduleEvent] | Unset = UNSET
    """ Events of appointments or events in a schedule series.
    Returned in response only if corresponding `include` is present in request.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        timetable_event_schedule_id = self.timetable_event_schedule_id

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week

        events_time = self.events_time

        events_duration = self.events_duration

        event_technical_break_duration = self.event_technical_break_duration

        events_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events_master, Unset):
            events_master = self.events_master.to_dict()

        events_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_labels, Unset):
            events_labels = []
            for events_labels_item_data in self.events_labels:
                events_labels_item = events_labels_item_data.to_dict()
                events_labels.append(events_labels_item)

        events_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events_resource_instances, Unset):
            events_resource_instances = []
            for events_resource_instances_item_data in self.events_resource_instances:
                events_resource_instances_item = events_resource_instances_item_data.to_dict()
                events_resource_instances.append(events_resource_instances_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if timetable_event_schedule_id is not UNSET:
            field_dict["timetable_event_schedule_id"] = timetable_event_schedule_id
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if events_time is not UNSET:
            field_dict["events_time"] = events_time
        if events_duration is not UNSET:
            field_dict["events_duration"] = events_duration
        if event_technical_break_duration is not UNSET:
            field_dict["event_technical_break_duration"] = event_technical_break_duration
        if events_master is not UNSET:
            field_dict["events_master"] = events_master
        if events_labels is not UNSET:
            field_dict["events_labels"] = events_labels
        if events_resource_instances is not UNSET:
            field_dict["events_resource_instances"] = events_resource_instances
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_with_position import MasterWithPosition  # noqa: PLC0415
        from ..models.resource_instance import ResourceInstance  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.timetable_event_schedule_event import TimetableEventScheduleEvent  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = types.parse_iso_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = types.parse_iso_datetime(_updated_at)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = types.parse_iso_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        timetable_event_schedule_id = d.pop("timetable_event_schedule_id", UNSET)

        _day_of_week = d.pop("day_of_week", UNSET)
        day_of_week: TimetableEventScheduleDayDayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = check_timetable_event_schedule_day_day_of_week(_day_of_week)

        events_time = d.pop("events_time", UNSET)

        events_duration = d.pop("events_duration", UNSET)

        event_technical_break_duration = d.pop("event_technical_break_duration", UNSET)

        _events_master = d.pop("events_master", UNSET)
        events_master: MasterWithPosition | Unset
        if isinstance(_events_master, Unset):
            events_master = UNSET
        else:
            events_master = MasterWithPosition.from_dict(_events_master)

        _events_labels = d.pop("events_labels", UNSET)
        events_labels: list[Tag] | Unset = UNSET
        if _events_labels is not UNSET:
            events_labels = []
            for events_labels_item_data in _events_labels:
                events_labels_item = Tag.from_dict(events_labels_item_data)

                events_labels.append(events_labels_item)

        _events_resource_instances = d.pop("events_resource_instances", UNSET)
        events_resource_instances: list[ResourceInstance] | Unset = UNSET
        if _events_resource_instances is not UNSET:
            events_resource_instances = []
            for events_resource_instances_item_data in _events_resource_instances:
                events_resource_instances_item = ResourceInstance.from_dict(events_resource_instances_item_data)

                events_resource_instances.append(events_resource_instances_item)

        _events = d.pop("events", UNSET)
        events: list[TimetableEventScheduleEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TimetableEventScheduleEvent.from_dict(events_item_data)

                events.append(events_item)

        timetable_event_schedule_day = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            timetable_event_schedule_id=timetable_event_schedule_id,
            day_of_week=day_of_week,
            events_time=events_time,
            events_duration=events_duration,
            event_technical_break_duration=event_technical_break_duration,
            events_master=events_master,
            events_labels=events_labels,
            events_resource_instances=events_resource_instances,
            events=events,
        )

        timetable_event_schedule_day.additional_properties = d
        return timetable_event_schedule_day

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


def _read_created_at(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    created_at: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        created_at = UNSET
    else:
        try:
            created_at = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            created_at = types.parse_iso_datetime(json_value)

    return created_at


ISO_PARSERS[_read_created_at] = datetime_from_iso


def _read_updated_at(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    updated_at: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        updated_at = UNSET
    else:
        try:
            updated_at = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            updated_at = types.parse_iso_datetime(json_value)

    return updated_at


ISO_PARSERS[_read_updated_at] = datetime_from_iso


def _read_deleted_at(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            deleted_at_type_0 = types.parse_iso_datetime(data)

            return deleted_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    deleted_at = _parse_deleted_at(json_value)

    return deleted_at


def _read_day_of_week(json_value: Any, parse_ctx: ParseContext) -> TimetableEventScheduleDayDayOfWeek | Unset:

    _day_of_week = json_value
    day_of_week: TimetableEventScheduleDayDayOfWeek | Unset
    if isinstance(_day_of_week, Unset):
        day_of_week = UNSET
    else:
        day_of_week = check_timetable_event_schedule_day_day_of_week(_day_of_week)

    return day_of_week


def _read_events_master(json_value: Any, parse_ctx: ParseContext) -> MasterWithPosition | Unset:
    MasterWithPosition = MODEL_CLASSES.get("altegio_client.models.master_with_position") or model_class(
        "altegio_client.models.master_with_position", "MasterWithPosition"
    )

    _events_master = json_value
    events_master: MasterWithPosition | Unset
    if isinstance(_events_master, Unset):
        events_master = UNSET
    else:
        events_master = MasterWithPosition._lazy(_events_master, parse_ctx)

    return events_master


def _read_events_labels(json_value: Any, parse_ctx: ParseContext) -> list[Tag] | Unset:
    Tag = MODEL_CLASSES.get("altegio_client.models.tag") or model_class("altegio_client.models.tag", "Tag")

    _events_labels = json_value
    events_labels: list[Tag] | Unset = UNSET
    if _events_labels is not UNSET:
        events_labels = Tag._lazy_list(_events_labels, parse_ctx)

    return events_labels


def _read_events_resource_instances(json_value: Any, parse_ctx: ParseContext) -> list[ResourceInstance] | Unset:
    ResourceInstance = MODEL_CLASSES.get("altegio_client.models.resource_instance") or model_class(
        "altegio_client.models.resource_instance", "ResourceInstance"
    )

    _events_resource_instances = json_value
    events_resource_instances: list[ResourceInstance] | Unset = UNSET
    if _events_resource_instances is not UNSET:
        events_resource_instances = ResourceInstance._lazy_list(_events_resource_instances, parse_ctx)

    return events_resource_instances


def _read_events(json_value: Any, parse_ctx: ParseContext) -> list[TimetableEventScheduleEvent] | Unset:
    TimetableEventScheduleEvent = MODEL_CLASSES.get(
        "altegio_client.models.timetable_event_schedule_event"
    ) or model_class("altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent")

    _events = json_value
    events: list[TimetableEventScheduleEvent] | Unset = UNSET
    if _events is not UNSET:
        events = TimetableEventScheduleEvent._lazy_list(_events, parse_ctx)

    return events


_DECLARED_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "timetable_event_schedule_id",
        "day_of_week",
        "events_time",
        "events_duration",
        "event_technical_break_duration",
        "events_master",
        "events_labels",
        "events_resource_instances",
        "events",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TimetableEventScheduleDay._lazy_fields = {
    "id": ("id", None, False),
    "created_at": ("created_at", _read_created_at, False),
    "updated_at": ("updated_at", _read_updated_at, False),
    "deleted_at": ("deleted_at", _read_deleted_at, False),
    "timetable_event_schedule_id": ("timetable_event_schedule_id", None, False),
    "day_of_week": ("day_of_week", _read_day_of_week, False),
    "events_time": ("events_time", None, False),
    "events_duration": ("events_duration", None, False),
    "event_technical_break_duration": ("event_technical_break_duration", None, False),
    "events_master": ("events_master", _read_events_master, False),
    "events_labels": ("events_labels", _read_events_labels, False),
    "events_resource_instances": ("events_resource_instances", _read_events_resource_instances, False),
    "events": ("events", _read_events, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TimetableEventScheduleDay, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.timetable_event_schedule_id = get("timetable_event_schedule_id", UNSET)
    model.events_time = get("events_time", UNSET)
    model.events_duration = get("events_duration", UNSET)
    model.event_technical_break_duration = get("event_technical_break_duration", UNSET)


def _fill_converted(
    model: TimetableEventScheduleDay, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "created_at" not in done:
        value = get("created_at", UNSET)
        if value is UNSET:
            model.created_at = UNSET
        else:
            try:
                try:
                    model.created_at = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.created_at = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "updated_at" not in done:
        value = get("updated_at", UNSET)
        if value is UNSET:
            model.updated_at = UNSET
        else:
            try:
                try:
                    model.updated_at = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.updated_at = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "deleted_at" not in done:
        value = get("deleted_at", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.deleted_at = UNSET
        else:
            try:
                model.deleted_at = _read_deleted_at(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "day_of_week" not in done:
        value = get("day_of_week", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.day_of_week = UNSET
        else:
            try:
                model.day_of_week = _read_day_of_week(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "events_master" not in done:
        value = get("events_master", UNSET)
        if value is UNSET:
            model.events_master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
                "altegio_client.models.master_with_position", "MasterWithPosition"
            )
            try:
                model.events_master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "events_labels" not in done:
        value = get("events_labels", UNSET)
        if value is UNSET:
            model.events_labels = UNSET
        elif value == []:
            model.events_labels = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.tag") or model_builder("altegio_client.models.tag", "Tag")
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.events_labels = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "events_resource_instances" not in done:
        value = get("events_resource_instances", UNSET)
        if value is UNSET:
            model.events_resource_instances = UNSET
        elif value == []:
            model.events_resource_instances = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.resource_instance") or model_builder(
                "altegio_client.models.resource_instance", "ResourceInstance"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.events_resource_instances = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "events" not in done:
        value = get("events", UNSET)
        if value is UNSET:
            model.events = UNSET
        elif value == []:
            model.events = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_event") or model_builder(
                "altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.events = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TimetableEventScheduleDay | None = None
) -> TimetableEventScheduleDay:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TimetableEventScheduleDay._lazy(json_value, parse_ctx)
        model = new_model(TimetableEventScheduleDay)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TimetableEventScheduleDay, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_created_at,
        value_updated_at,
        value_deleted_at,
        value_day_of_week,
        value_events_master,
        value_events_labels,
        value_events_resource_instances,
        value_events,
    ) = fill(json_value, model)
    if value_created_at is UNSET:
        model.created_at = UNSET
    else:
        try:
            try:
                model.created_at = datetime_from_iso(value_created_at)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.created_at = types.parse_iso_datetime(value_created_at)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_updated_at is UNSET:
        model.updated_at = UNSET
    else:
        try:
            try:
                model.updated_at = datetime_from_iso(value_updated_at)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.updated_at = types.parse_iso_datetime(value_updated_at)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_deleted_at is UNSET:  # what every optional field's converter returns for it
        model.deleted_at = UNSET
    else:
        try:
            model.deleted_at = _read_deleted_at(value_deleted_at, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_day_of_week is UNSET:  # what every optional field's converter returns for it
        model.day_of_week = UNSET
    else:
        try:
            model.day_of_week = _read_day_of_week(value_day_of_week, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_events_master is UNSET:
        model.events_master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
            "altegio_client.models.master_with_position", "MasterWithPosition"
        )
        try:
            model.events_master = build(value_events_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_events_labels is UNSET:
        model.events_labels = UNSET
    elif value_events_labels == []:
        model.events_labels = value_events_labels  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.tag") or model_builder("altegio_client.models.tag", "Tag")
        try:
            if _builtins.type(value_events_labels) is not list:
                raise TypeError
            model.events_labels = [build(item, parse_ctx) for item in value_events_labels]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_events_resource_instances is UNSET:
        model.events_resource_instances = UNSET
    elif value_events_resource_instances == []:
        model.events_resource_instances = (
            value_events_resource_instances  # the JSON's own empty list: one allocation fewer
        )
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.resource_instance") or model_builder(
            "altegio_client.models.resource_instance", "ResourceInstance"
        )
        try:
            if _builtins.type(value_events_resource_instances) is not list:
                raise TypeError
            model.events_resource_instances = [build(item, parse_ctx) for item in value_events_resource_instances]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_events is UNSET:
        model.events = UNSET
    elif value_events == []:
        model.events = value_events  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_event") or model_builder(
            "altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent"
        )
        try:
            if _builtins.type(value_events) is not list:
                raise TypeError
            model.events = [build(item, parse_ctx) for item in value_events]
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
        model.__class__ = lazily_read_class(TimetableEventScheduleDay)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TimetableEventScheduleDay
        del model._raw, model._context
    return model


TimetableEventScheduleDay._lazy_fill = (_fill_plain, _fill_converted, _build)
