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
from ..models.timetable_event_schedule_event_event_entity_type import (
    TimetableEventScheduleEventEventEntityType,
    check_timetable_event_schedule_event_event_entity_type,
)
from ..models.timetable_event_schedule_event_event_status import (
    TimetableEventScheduleEventEventStatus,
    check_timetable_event_schedule_event_event_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_with_position import MasterWithPosition
    from ..models.resource_instance import ResourceInstance
    from ..models.tag import Tag


T = TypeVar("T", bound="TimetableEventScheduleEvent")


@_attrs_define
class TimetableEventScheduleEvent(LazyModel):
    """Data of the existing event of appointment or event in a schedule.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'event_status': 'stable', 'event_datetime': '2026-01-24T14:00:00-05:00', 'event_entity_type': 'activity',
            'event_entity_id': 123, 'is_entity_master_changed': False, 'is_entity_datetime_changed': False,
            'is_entity_duration_changed': False, 'is_entity_labels_changed': False, 'is_entity_resource_instances_changed':
            False, 'entity_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123, 'specialization': 'Team Member',
            'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'https://app.alteg.io/images/no-
            master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'entity_datetime': '2022-01-24 14:00:00',
            'entity_duration': 3600, 'entity_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}],
            'entity_resource_instances': [{'id': 123, 'title': 'Resource #1', 'resource_id': 123}]}

    """

    id: int | Unset = UNSET
    """ ID of an event of appointment/event in a schedule. """
    created_at: _datetime.datetime | Unset = UNSET
    """ Datetime of an event of appointment/event in a schedule created. """
    updated_at: _datetime.datetime | Unset = UNSET
    """ Datetime of an event of appointment/event in a schedule last updated. """
    deleted_at: _datetime.datetime | None | Unset = UNSET
    """ Datetime of an event of appointment/event in a schedule deleted. """
    event_status: TimetableEventScheduleEventEventStatus | Unset = UNSET
    """ Event of appointment/event status:
    `stable` - entity is stable;
    `event_created` - event is created, corresponding appointment/event is not created yet;
    `event_changed` - event is changed, corresponding appointment/event is not changed yet;
    `event_changed_force` - event is changed with force override of manual changes, corresponding appointment/event
    is not changed yet;
    `event_deleted` - event is deleted, corresponding appointment/event is not deleted yet;
    `entity_deleted` - appointment/event corresponding to an event is deleted (due to event deletion or due to
    manual deletion);
    `entity_failed` - appointment/event creation failure.
     """
    event_datetime: _datetime.datetime | Unset = UNSET
    """ Datetime of a scheduled appointment/event beginning. """
    event_entity_type: TimetableEventScheduleEventEventEntityType | Unset = UNSET
    """ Type of an scheduled entity (appointment or event). Note: enum values "record" and "activity" are legacy
    terms for appointment and event. """
    event_entity_id: int | None | Unset = UNSET
    """ ID of an scheduled entity (appointment or event). """
    is_entity_master_changed: bool | Unset = UNSET
    """ Flag for manual change of a team member for a scheduled appointment/event. """
    is_entity_datetime_changed: bool | Unset = UNSET
    """ Flag for manual change of a datetime for a scheduled appointment/event. """
    is_entity_duration_changed: bool | Unset = UNSET
    """ Flag for manual change of a duration for a scheduled appointment/event. """
    is_entity_labels_changed: bool | Unset = UNSET
    """ Flag for manual change of a tags linked to a scheduled appointment/event. """
    is_entity_resource_instances_changed: bool | Unset = UNSET
    """ Flag for manual change of a resource instances linked to a scheduled appointment/event. """
    entity_master: MasterWithPosition | Unset = UNSET
    entity_datetime: str | Unset = UNSET
    """ Actual datetime of a scheduled appointment/event beginning. """
    entity_duration: int | str | Unset = UNSET
    """ Actual duration of a scheduled appointment/event. """
    entity_labels: list[Tag] | Unset = UNSET
    """ Actual tags linked to a scheduled appointment/event. """
    entity_resource_instances: list[ResourceInstance] | Unset = UNSET
    """ Actual resource instances linked to a scheduled appointment/event. """
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

        event_status: str | Unset = UNSET
        if not isinstance(self.event_status, Unset):
            event_status = self.event_status

        event_datetime: str | Unset = UNSET
        if not isinstance(self.event_datetime, Unset):
            event_datetime = self.event_datetime.isoformat()

        event_entity_type: str | Unset = UNSET
        if not isinstance(self.event_entity_type, Unset):
            event_entity_type = self.event_entity_type

        event_entity_id: int | None | Unset
        if isinstance(self.event_entity_id, Unset):
            event_entity_id = UNSET
        else:
            event_entity_id = self.event_entity_id

        is_entity_master_changed = self.is_entity_master_changed

        is_entity_datetime_changed = self.is_entity_datetime_changed

        is_entity_duration_changed = self.is_entity_duration_changed

        is_entity_labels_changed = self.is_entity_labels_changed

        is_entity_resource_instances_changed = self.is_entity_resource_instances_changed

        entity_master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_master, Unset):
            entity_master = self.entity_master.to_dict()

        entity_datetime = self.entity_datetime

        entity_duration: int | str | Unset
        if isinstance(self.entity_duration, Unset):
            entity_duration = UNSET
        else:
            entity_duration = self.entity_duration

        entity_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_labels, Unset):
            entity_labels = []
            for entity_labels_item_data in self.entity_labels:
                entity_labels_item = entity_labels_item_data.to_dict()
                entity_labels.append(entity_labels_item)

        entity_resource_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entity_resource_instances, Unset):
            entity_resource_instances = []
            for entity_resource_instances_item_data in self.entity_resource_instances:
                entity_resource_instances_item = entity_resource_instances_item_data.to_dict()
                entity_resource_instances.append(entity_resource_instances_item)

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
        if event_status is not UNSET:
            field_dict["event_status"] = event_status
        if event_datetime is not UNSET:
            field_dict["event_datetime"] = event_datetime
        if event_entity_type is not UNSET:
            field_dict["event_entity_type"] = event_entity_type
        if event_entity_id is not UNSET:
            field_dict["event_entity_id"] = event_entity_id
        if is_entity_master_changed is not UNSET:
            field_dict["is_entity_master_changed"] = is_entity_master_changed
        if is_entity_datetime_changed is not UNSET:
            field_dict["is_entity_datetime_changed"] = is_entity_datetime_changed
        if is_entity_duration_changed is not UNSET:
            field_dict["is_entity_duration_changed"] = is_entity_duration_changed
        if is_entity_labels_changed is not UNSET:
            field_dict["is_entity_labels_changed"] = is_entity_labels_changed
        if is_entity_resource_instances_changed is not UNSET:
            field_dict["is_entity_resource_instances_changed"] = is_entity_resource_instances_changed
        if entity_master is not UNSET:
            field_dict["entity_master"] = entity_master
        if entity_datetime is not UNSET:
            field_dict["entity_datetime"] = entity_datetime
        if entity_duration is not UNSET:
            field_dict["entity_duration"] = entity_duration
        if entity_labels is not UNSET:
            field_dict["entity_labels"] = entity_labels
        if entity_resource_instances is not UNSET:
            field_dict["entity_resource_instances"] = entity_resource_instances

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_with_position import MasterWithPosition  # noqa: PLC0415
        from ..models.resource_instance import ResourceInstance  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

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

        _event_status = d.pop("event_status", UNSET)
        event_status: TimetableEventScheduleEventEventStatus | Unset
        if isinstance(_event_status, Unset):
            event_status = UNSET
        else:
            event_status = check_timetable_event_schedule_event_event_status(_event_status)

        _event_datetime = d.pop("event_datetime", UNSET)
        event_datetime: datetime.datetime | Unset
        if isinstance(_event_datetime, Unset):
            event_datetime = UNSET
        else:
            event_datetime = types.parse_iso_datetime(_event_datetime)

        _event_entity_type = d.pop("event_entity_type", UNSET)
        event_entity_type: TimetableEventScheduleEventEventEntityType | Unset
        if isinstance(_event_entity_type, Unset):
            event_entity_type = UNSET
        else:
            event_entity_type = check_timetable_event_schedule_event_event_entity_type(_event_entity_type)

        def _parse_event_entity_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_entity_id = _parse_event_entity_id(d.pop("event_entity_id", UNSET))

        is_entity_master_changed = d.pop("is_entity_master_changed", UNSET)

        is_entity_datetime_changed = d.pop("is_entity_datetime_changed", UNSET)

        is_entity_duration_changed = d.pop("is_entity_duration_changed", UNSET)

        is_entity_labels_changed = d.pop("is_entity_labels_changed", UNSET)

        is_entity_resource_instances_changed = d.pop("is_entity_resource_instances_changed", UNSET)

        _entity_master = d.pop("entity_master", UNSET)
        entity_master: MasterWithPosition | Unset
        if isinstance(_entity_master, Unset):
            entity_master = UNSET
        else:
            entity_master = MasterWithPosition.from_dict(_entity_master)

        entity_datetime = d.pop("entity_datetime", UNSET)

        def _parse_entity_duration(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        entity_duration = _parse_entity_duration(d.pop("entity_duration", UNSET))

        _entity_labels = d.pop("entity_labels", UNSET)
        entity_labels: list[Tag] | Unset = UNSET
        if _entity_labels is not UNSET:
            entity_labels = []
            for entity_labels_item_data in _entity_labels:
                entity_labels_item = Tag.from_dict(entity_labels_item_data)

                entity_labels.append(entity_labels_item)

        _entity_resource_instances = d.pop("entity_resource_instances", UNSET)
        entity_resource_instances: list[ResourceInstance] | Unset = UNSET
        if _entity_resource_instances is not UNSET:
            entity_resource_instances = []
            for entity_resource_instances_item_data in _entity_resource_instances:
                entity_resource_instances_item = ResourceInstance.from_dict(entity_resource_instances_item_data)

                entity_resource_instances.append(entity_resource_instances_item)

        timetable_event_schedule_event = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            event_status=event_status,
            event_datetime=event_datetime,
            event_entity_type=event_entity_type,
            event_entity_id=event_entity_id,
            is_entity_master_changed=is_entity_master_changed,
            is_entity_datetime_changed=is_entity_datetime_changed,
            is_entity_duration_changed=is_entity_duration_changed,
            is_entity_labels_changed=is_entity_labels_changed,
            is_entity_resource_instances_changed=is_entity_resource_instances_changed,
            entity_master=entity_master,
            entity_datetime=entity_datetime,
            entity_duration=entity_duration,
            entity_labels=entity_labels,
            entity_resource_instances=entity_resource_instances,
        )

        timetable_event_schedule_event.additional_properties = d
        return timetable_event_schedule_event

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


def _read_event_status(json_value: Any, parse_ctx: ParseContext) -> TimetableEventScheduleEventEventStatus | Unset:

    _event_status = json_value
    event_status: TimetableEventScheduleEventEventStatus | Unset
    if isinstance(_event_status, Unset):
        event_status = UNSET
    else:
        event_status = check_timetable_event_schedule_event_event_status(_event_status)

    return event_status


def _read_event_datetime(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    event_datetime: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        event_datetime = UNSET
    else:
        try:
            event_datetime = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            event_datetime = types.parse_iso_datetime(json_value)

    return event_datetime


ISO_PARSERS[_read_event_datetime] = datetime_from_iso


def _read_event_entity_type(
    json_value: Any, parse_ctx: ParseContext
) -> TimetableEventScheduleEventEventEntityType | Unset:

    _event_entity_type = json_value
    event_entity_type: TimetableEventScheduleEventEventEntityType | Unset
    if isinstance(_event_entity_type, Unset):
        event_entity_type = UNSET
    else:
        event_entity_type = check_timetable_event_schedule_event_event_entity_type(_event_entity_type)

    return event_entity_type


def _read_entity_master(json_value: Any, parse_ctx: ParseContext) -> MasterWithPosition | Unset:
    MasterWithPosition = MODEL_CLASSES.get("altegio_client.models.master_with_position") or model_class(
        "altegio_client.models.master_with_position", "MasterWithPosition"
    )

    _entity_master = json_value
    entity_master: MasterWithPosition | Unset
    if isinstance(_entity_master, Unset):
        entity_master = UNSET
    else:
        entity_master = MasterWithPosition._lazy(_entity_master, parse_ctx)

    return entity_master


def _read_entity_labels(json_value: Any, parse_ctx: ParseContext) -> list[Tag] | Unset:
    Tag = MODEL_CLASSES.get("altegio_client.models.tag") or model_class("altegio_client.models.tag", "Tag")

    _entity_labels = json_value
    entity_labels: list[Tag] | Unset = UNSET
    if _entity_labels is not UNSET:
        entity_labels = Tag._lazy_list(_entity_labels, parse_ctx)

    return entity_labels


def _read_entity_resource_instances(json_value: Any, parse_ctx: ParseContext) -> list[ResourceInstance] | Unset:
    ResourceInstance = MODEL_CLASSES.get("altegio_client.models.resource_instance") or model_class(
        "altegio_client.models.resource_instance", "ResourceInstance"
    )

    _entity_resource_instances = json_value
    entity_resource_instances: list[ResourceInstance] | Unset = UNSET
    if _entity_resource_instances is not UNSET:
        entity_resource_instances = ResourceInstance._lazy_list(_entity_resource_instances, parse_ctx)

    return entity_resource_instances


_DECLARED_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "event_status",
        "event_datetime",
        "event_entity_type",
        "event_entity_id",
        "is_entity_master_changed",
        "is_entity_datetime_changed",
        "is_entity_duration_changed",
        "is_entity_labels_changed",
        "is_entity_resource_instances_changed",
        "entity_master",
        "entity_datetime",
        "entity_duration",
        "entity_labels",
        "entity_resource_instances",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TimetableEventScheduleEvent._lazy_fields = {
    "id": ("id", None, False),
    "created_at": ("created_at", _read_created_at, False),
    "updated_at": ("updated_at", _read_updated_at, False),
    "deleted_at": ("deleted_at", _read_deleted_at, False),
    "event_status": ("event_status", _read_event_status, False),
    "event_datetime": ("event_datetime", _read_event_datetime, False),
    "event_entity_type": ("event_entity_type", _read_event_entity_type, False),
    "event_entity_id": ("event_entity_id", None, False),
    "is_entity_master_changed": ("is_entity_master_changed", None, False),
    "is_entity_datetime_changed": ("is_entity_datetime_changed", None, False),
    "is_entity_duration_changed": ("is_entity_duration_changed", None, False),
    "is_entity_labels_changed": ("is_entity_labels_changed", None, False),
    "is_entity_resource_instances_changed": ("is_entity_resource_instances_changed", None, False),
    "entity_master": ("entity_master", _read_entity_master, False),
    "entity_datetime": ("entity_datetime", None, False),
    "entity_duration": ("entity_duration", None, False),
    "entity_labels": ("entity_labels", _read_entity_labels, False),
    "entity_resource_instances": ("entity_resource_instances", _read_entity_resource_instances, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TimetableEventScheduleEvent, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.event_entity_id = get("event_entity_id", UNSET)
    model.is_entity_master_changed = get("is_entity_master_changed", UNSET)
    model.is_entity_datetime_changed = get("is_entity_datetime_changed", UNSET)
    model.is_entity_duration_changed = get("is_entity_duration_changed", UNSET)
    model.is_entity_labels_changed = get("is_entity_labels_changed", UNSET)
    model.is_entity_resource_instances_changed = get("is_entity_resource_instances_changed", UNSET)
    model.entity_datetime = get("entity_datetime", UNSET)
    model.entity_duration = get("entity_duration", UNSET)


def _fill_converted(
    model: TimetableEventScheduleEvent, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "event_status" not in done:
        value = get("event_status", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.event_status = UNSET
        else:
            try:
                model.event_status = _read_event_status(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "event_datetime" not in done:
        value = get("event_datetime", UNSET)
        if value is UNSET:
            model.event_datetime = UNSET
        else:
            try:
                try:
                    model.event_datetime = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.event_datetime = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "event_entity_type" not in done:
        value = get("event_entity_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.event_entity_type = UNSET
        else:
            try:
                model.event_entity_type = _read_event_entity_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "entity_master" not in done:
        value = get("entity_master", UNSET)
        if value is UNSET:
            model.entity_master = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
                "altegio_client.models.master_with_position", "MasterWithPosition"
            )
            try:
                model.entity_master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "entity_labels" not in done:
        value = get("entity_labels", UNSET)
        if value is UNSET:
            model.entity_labels = UNSET
        elif value == []:
            model.entity_labels = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.tag") or model_builder("altegio_client.models.tag", "Tag")
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.entity_labels = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "entity_resource_instances" not in done:
        value = get("entity_resource_instances", UNSET)
        if value is UNSET:
            model.entity_resource_instances = UNSET
        elif value == []:
            model.entity_resource_instances = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.resource_instance") or model_builder(
                "altegio_client.models.resource_instance", "ResourceInstance"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.entity_resource_instances = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TimetableEventScheduleEvent | None = None
) -> TimetableEventScheduleEvent:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TimetableEventScheduleEvent._lazy(json_value, parse_ctx)
        model = new_model(TimetableEventScheduleEvent)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TimetableEventScheduleEvent, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_created_at,
        value_updated_at,
        value_deleted_at,
        value_event_status,
        value_event_datetime,
        value_event_entity_type,
        value_entity_master,
        value_entity_labels,
        value_entity_resource_instances,
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

    if value_event_status is UNSET:  # what every optional field's converter returns for it
        model.event_status = UNSET
    else:
        try:
            model.event_status = _read_event_status(value_event_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_event_datetime is UNSET:
        model.event_datetime = UNSET
    else:
        try:
            try:
                model.event_datetime = datetime_from_iso(value_event_datetime)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.event_datetime = types.parse_iso_datetime(value_event_datetime)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_event_entity_type is UNSET:  # what every optional field's converter returns for it
        model.event_entity_type = UNSET
    else:
        try:
            model.event_entity_type = _read_event_entity_type(value_event_entity_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_entity_master is UNSET:
        model.entity_master = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.master_with_position") or model_builder(
            "altegio_client.models.master_with_position", "MasterWithPosition"
        )
        try:
            model.entity_master = build(value_entity_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_entity_labels is UNSET:
        model.entity_labels = UNSET
    elif value_entity_labels == []:
        model.entity_labels = value_entity_labels  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.tag") or model_builder("altegio_client.models.tag", "Tag")
        try:
            if _builtins.type(value_entity_labels) is not list:
                raise TypeError
            model.entity_labels = [build(item, parse_ctx) for item in value_entity_labels]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_entity_resource_instances is UNSET:
        model.entity_resource_instances = UNSET
    elif value_entity_resource_instances == []:
        model.entity_resource_instances = (
            value_entity_resource_instances  # the JSON's own empty list: one allocation fewer
        )
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.resource_instance") or model_builder(
            "altegio_client.models.resource_instance", "ResourceInstance"
        )
        try:
            if _builtins.type(value_entity_resource_instances) is not list:
                raise TypeError
            model.entity_resource_instances = [build(item, parse_ctx) for item in value_entity_resource_instances]
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
        model.__class__ = lazily_read_class(TimetableEventScheduleEvent)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TimetableEventScheduleEvent
        del model._raw, model._context
    return model


TimetableEventScheduleEvent._lazy_fill = (_fill_plain, _fill_converted, _build)
