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
from ..models.create_timetable_event_schedule_body_original_entity_type import (
    CreateTimetableEventScheduleBodyOriginalEntityType,
    check_create_timetable_event_schedule_body_original_entity_type,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.create_timetable_schedule_day_body import CreateTimetableScheduleDayBody


T = TypeVar("T", bound="CreateTimetableEventScheduleBody")


@_attrs_define
class CreateTimetableEventScheduleBody(LazyModel):
    original_entity_type: CreateTimetableEventScheduleBodyOriginalEntityType
    """ Type of entity the schedule will be based on:
    `record` - individual appointment, currently not supported;
    `activity` - group event.
     """
    original_entity_id: int
    """ ID of entity the schedule will be based on. """
    date_end: _datetime.date
    """ Date of the schedule end. """
    add_clients_from_original_entity: bool
    """ Add clients from original entity to all scheduled events. """
    days: list[CreateTimetableScheduleDayBody]
    """ Each object represents schedule series settings for a specific day of the week. A minimum of 1 and a maximum
    of 7 schedule series can be defined (one for each day of the week). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_entity_type: str = self.original_entity_type

        original_entity_id = self.original_entity_id

        date_end = self.date_end.isoformat()

        add_clients_from_original_entity = self.add_clients_from_original_entity

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "original_entity_type": original_entity_type,
                "original_entity_id": original_entity_id,
                "date_end": date_end,
                "add_clients_from_original_entity": add_clients_from_original_entity,
                "days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_timetable_schedule_day_body import (
            CreateTimetableScheduleDayBody,  # noqa: PLC0415
        )

        d = dict(src_dict)
        original_entity_type = check_create_timetable_event_schedule_body_original_entity_type(
            d.pop("original_entity_type")
        )

        original_entity_id = d.pop("original_entity_id")

        date_end = types.parse_iso_date(d.pop("date_end"))

        add_clients_from_original_entity = d.pop("add_clients_from_original_entity")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CreateTimetableScheduleDayBody.from_dict(days_item_data)

            days.append(days_item)

        create_timetable_event_schedule_body = cls(
            original_entity_type=original_entity_type,
            original_entity_id=original_entity_id,
            date_end=date_end,
            add_clients_from_original_entity=add_clients_from_original_entity,
            days=days,
        )

        create_timetable_event_schedule_body.additional_properties = d
        return create_timetable_event_schedule_body

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


def _read_original_entity_type(
    json_value: Any, parse_ctx: ParseContext
) -> CreateTimetableEventScheduleBodyOriginalEntityType:

    original_entity_type = check_create_timetable_event_schedule_body_original_entity_type(json_value)

    return original_entity_type


def _read_date_end(json_value: Any, parse_ctx: ParseContext) -> datetime.date:

    try:
        date_end = date_from_iso(json_value)
    except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
        date_end = types.parse_iso_date(json_value)

    return date_end


ISO_PARSERS[_read_date_end] = date_from_iso


def _read_days(json_value: Any, parse_ctx: ParseContext) -> list[CreateTimetableScheduleDayBody]:
    CreateTimetableScheduleDayBody = MODEL_CLASSES.get(
        "altegio_client.models.create_timetable_schedule_day_body"
    ) or model_class("altegio_client.models.create_timetable_schedule_day_body", "CreateTimetableScheduleDayBody")

    days = CreateTimetableScheduleDayBody._lazy_list(json_value, parse_ctx)

    return days


_DECLARED_KEYS = frozenset(
    {
        "original_entity_type",
        "original_entity_id",
        "date_end",
        "add_clients_from_original_entity",
        "days",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateTimetableEventScheduleBody._lazy_fields = {
    "original_entity_type": ("original_entity_type", _read_original_entity_type, True),
    "original_entity_id": ("original_entity_id", None, True),
    "date_end": ("date_end", _read_date_end, True),
    "add_clients_from_original_entity": ("add_clients_from_original_entity", None, True),
    "days": ("days", _read_days, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateTimetableEventScheduleBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "original_entity_id" in json_value:
        model.original_entity_id = json_value["original_entity_id"]
    if "add_clients_from_original_entity" in json_value:
        model.add_clients_from_original_entity = json_value["add_clients_from_original_entity"]


def _fill_converted(
    model: CreateTimetableEventScheduleBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "original_entity_type" not in done:
        try:
            model.original_entity_type = _read_original_entity_type(json_value["original_entity_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "date_end" not in done:
        try:
            model.date_end = _read_date_end(json_value["date_end"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "days" not in done:
        try:
            model.days = _read_days(json_value["days"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CreateTimetableEventScheduleBody | None = None
) -> CreateTimetableEventScheduleBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateTimetableEventScheduleBody._lazy(json_value, parse_ctx)
        model = new_model(
            CreateTimetableEventScheduleBody
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
        layout = layout_of(CreateTimetableEventScheduleBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_original_entity_type, value_date_end, value_days = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_original_entity_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.original_entity_type = _read_original_entity_type(value_original_entity_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_date_end is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.date_end = _read_date_end(value_date_end, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_days is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.days = _read_days(value_days, parse_ctx)
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
        model.__class__ = lazily_read_class(CreateTimetableEventScheduleBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateTimetableEventScheduleBody
        del model._raw, model._context
    return model


CreateTimetableEventScheduleBody._lazy_fill = (_fill_plain, _fill_converted, _build)
