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
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.timetable_event_schedule_original_entity_type import (
    TimetableEventScheduleOriginalEntityType,
    check_timetable_event_schedule_original_entity_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timetable_event_schedule_day import TimetableEventScheduleDay


T = TypeVar("T", bound="TimetableEventSchedule")


@_attrs_define
class TimetableEventSchedule(LazyModel):
    """Data for an existing schedule in a location.

    Example:
        {'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at':
            None, 'original_entity_type': 'activity', 'original_entity_id': 123, 'date_start': '2026-01-01', 'date_end':
            '2026-02-01', 'days': [{'id': 123, 'created_at': '2026-01-01T12:12:12-05:00', 'updated_at':
            '2026-01-01T12:12:12-05:00', 'deleted_at': None, 'timetable_event_schedule_id': 123, 'day_of_week': 'mon',
            'events_time': '14:00:00', 'events_duration': 3600, 'events_master': {'id': 123, 'name': 'John Johnson',
            'company_id': 123, 'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}},
            'events_labels': [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123,
            'title': 'Resource #1', 'resource_id': 123}]}]}

    """

    id: int | Unset = UNSET
    """ ID of a schedule. """
    created_at: _datetime.datetime | Unset = UNSET
    """ Datetime of a schedule created. """
    updated_at: _datetime.datetime | Unset = UNSET
    """ Datetime of a schedule last updated. """
    deleted_at: _datetime.datetime | None | Unset = UNSET
    """ Datetime of a schedule deleted. """
    original_entity_type: TimetableEventScheduleOriginalEntityType | Unset = UNSET
    """ Type of entity schedule is based on (appointment or event). """
    original_entity_id: int | Unset = UNSET
    """ ID of entity schedule is based on. """
    date_start: _datetime.date | Unset = UNSET
    """ Date of a schedule start. """
    date_end: _datetime.date | Unset = UNSET
    """ Date of a schedule end. """
    days: list[TimetableEventScheduleDay] | Unset = UNSET
    """ Schedule series, linked to a specified schedule.
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

        original_entity_type: str | Unset = UNSET
        if not isinstance(self.original_entity_type, Unset):
            original_entity_type = self.original_entity_type

        original_entity_id = self.original_entity_id

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

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
        if original_entity_type is not UNSET:
            field_dict["original_entity_type"] = original_entity_type
        if original_entity_id is not UNSET:
            field_dict["original_entity_id"] = original_entity_id
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timetable_event_schedule_day import TimetableEventScheduleDay  # noqa: PLC0415

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

        _original_entity_type = d.pop("original_entity_type", UNSET)
        original_entity_type: TimetableEventScheduleOriginalEntityType | Unset
        if isinstance(_original_entity_type, Unset):
            original_entity_type = UNSET
        else:
            original_entity_type = check_timetable_event_schedule_original_entity_type(_original_entity_type)

        original_entity_id = d.pop("original_entity_id", UNSET)

        _date_start = d.pop("date_start", UNSET)
        date_start: datetime.date | Unset
        if isinstance(_date_start, Unset):
            date_start = UNSET
        else:
            date_start = types.parse_iso_date(_date_start)

        _date_end = d.pop("date_end", UNSET)
        date_end: datetime.date | Unset
        if isinstance(_date_end, Unset):
            date_end = UNSET
        else:
            date_end = types.parse_iso_date(_date_end)

        _days = d.pop("days", UNSET)
        days: list[TimetableEventScheduleDay] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = TimetableEventScheduleDay.from_dict(days_item_data)

                days.append(days_item)

        timetable_event_schedule = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            original_entity_type=original_entity_type,
            original_entity_id=original_entity_id,
            date_start=date_start,
            date_end=date_end,
            days=days,
        )

        timetable_event_schedule.additional_properties = d
        return timetable_event_schedule

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


def _read_original_entity_type(
    json_value: Any, parse_ctx: ParseContext
) -> TimetableEventScheduleOriginalEntityType | Unset:

    _original_entity_type = json_value
    original_entity_type: TimetableEventScheduleOriginalEntityType | Unset
    if isinstance(_original_entity_type, Unset):
        original_entity_type = UNSET
    else:
        original_entity_type = check_timetable_event_schedule_original_entity_type(_original_entity_type)

    return original_entity_type


def _read_date_start(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date_start: datetime.date | Unset
    if isinstance(json_value, Unset):
        date_start = UNSET
    else:
        try:
            date_start = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_start = types.parse_iso_date(json_value)

    return date_start


ISO_PARSERS[_read_date_start] = date_from_iso


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


def _read_days(json_value: Any, parse_ctx: ParseContext) -> list[TimetableEventScheduleDay] | Unset:
    TimetableEventScheduleDay = MODEL_CLASSES.get("altegio_client.models.timetable_event_schedule_day") or model_class(
        "altegio_client.models.timetable_event_schedule_day", "TimetableEventScheduleDay"
    )

    _days = json_value
    days: list[TimetableEventScheduleDay] | Unset = UNSET
    if _days is not UNSET:
        days = TimetableEventScheduleDay._lazy_list(_days, parse_ctx)

    return days


_DECLARED_KEYS = frozenset(
    {
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "original_entity_type",
        "original_entity_id",
        "date_start",
        "date_end",
        "days",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TimetableEventSchedule._lazy_fields = {
    "id": ("id", None, False),
    "created_at": ("created_at", _read_created_at, False),
    "updated_at": ("updated_at", _read_updated_at, False),
    "deleted_at": ("deleted_at", _read_deleted_at, False),
    "original_entity_type": ("original_entity_type", _read_original_entity_type, False),
    "original_entity_id": ("original_entity_id", None, False),
    "date_start": ("date_start", _read_date_start, False),
    "date_end": ("date_end", _read_date_end, False),
    "days": ("days", _read_days, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TimetableEventSchedule, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.original_entity_id = get("original_entity_id", UNSET)


def _fill_converted(
    model: TimetableEventSchedule, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "original_entity_type" not in done:
        value = get("original_entity_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.original_entity_type = UNSET
        else:
            try:
                model.original_entity_type = _read_original_entity_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "date_start" not in done:
        value = get("date_start", UNSET)
        if value is UNSET:
            model.date_start = UNSET
        else:
            try:
                try:
                    model.date_start = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_start = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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

    if "days" not in done:
        value = get("days", UNSET)
        if value is UNSET:
            model.days = UNSET
        elif value == []:
            model.days = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_day") or model_builder(
                "altegio_client.models.timetable_event_schedule_day", "TimetableEventScheduleDay"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.days = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TimetableEventSchedule | None = None
) -> TimetableEventSchedule:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TimetableEventSchedule._lazy(json_value, parse_ctx)
        model = new_model(TimetableEventSchedule)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TimetableEventSchedule, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_created_at,
        value_updated_at,
        value_deleted_at,
        value_original_entity_type,
        value_date_start,
        value_date_end,
        value_days,
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

    if value_original_entity_type is UNSET:  # what every optional field's converter returns for it
        model.original_entity_type = UNSET
    else:
        try:
            model.original_entity_type = _read_original_entity_type(value_original_entity_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date_start is UNSET:
        model.date_start = UNSET
    else:
        try:
            try:
                model.date_start = date_from_iso(value_date_start)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_start = types.parse_iso_date(value_date_start)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

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

    if value_days is UNSET:
        model.days = UNSET
    elif value_days == []:
        model.days = value_days  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_day") or model_builder(
            "altegio_client.models.timetable_event_schedule_day", "TimetableEventScheduleDay"
        )
        try:
            if _builtins.type(value_days) is not list:
                raise TypeError
            model.days = [build(item, parse_ctx) for item in value_days]
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
        model.__class__ = lazily_read_class(TimetableEventSchedule)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TimetableEventSchedule
        del model._raw, model._context
    return model


TimetableEventSchedule._lazy_fill = (_fill_plain, _fill_converted, _build)
