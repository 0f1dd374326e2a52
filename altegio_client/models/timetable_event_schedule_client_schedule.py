from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timetable_event_schedule_day import TimetableEventScheduleDay


T = TypeVar("T", bound="TimetableEventScheduleClientSchedule")


@_attrs_define
class TimetableEventScheduleClientSchedule(LazyModel):
    """Data for an existing client schedule in a location.

    Example:
        {'id': 123, 'loyalty_abonement_id': None, 'final_day': '2022-01-01 12:12:12', 'days': [{'id': 123, 'created_at':
            '2026-01-01T12:12:12-05:00', 'updated_at': '2026-01-01T12:12:12-05:00', 'deleted_at': None,
            'timetable_event_schedule_id': 123, 'day_of_week': 'mon', 'events_time': '14:00:00', 'events_duration': 3600,
            'event_technical_break_duration': 0, 'events_master': {'id': 123, 'name': 'John Johnson', 'company_id': 123,
            'specialization': 'Team Member', 'avatar': 'https://app.alteg.io/images/no-master-sm.png', 'avatar_big':
            'https://app.alteg.io/images/no-master.png', 'position': {'id': 123, 'title': 'Team Member'}}, 'events_labels':
            [{'id': 123, 'title': 'Tag', 'color': '#ff0000'}], 'events_resource_instances': [{'id': 123, 'title': 'Resource
            #1', 'resource_id': 123}]}]}

    """

    id: int | Unset = UNSET
    """ ID of a client schedule. """
    loyalty_abonement_id: int | None | Unset = UNSET
    """ ID of a loyalty membership used for client schedule (not supported at the moment). """
    final_day: str | Unset = UNSET
    """ Datetime of a client schedule end. """
    days: list[TimetableEventScheduleDay] | Unset = UNSET
    """ Schedule series linked to a client schedule. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        loyalty_abonement_id: int | None | Unset
        if isinstance(self.loyalty_abonement_id, Unset):
            loyalty_abonement_id = UNSET
        else:
            loyalty_abonement_id = self.loyalty_abonement_id

        final_day = self.final_day

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
        if loyalty_abonement_id is not UNSET:
            field_dict["loyalty_abonement_id"] = loyalty_abonement_id
        if final_day is not UNSET:
            field_dict["final_day"] = final_day
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timetable_event_schedule_day import TimetableEventScheduleDay  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_loyalty_abonement_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty_abonement_id = _parse_loyalty_abonement_id(d.pop("loyalty_abonement_id", UNSET))

        final_day = d.pop("final_day", UNSET)

        _days = d.pop("days", UNSET)
        days: list[TimetableEventScheduleDay] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = TimetableEventScheduleDay.from_dict(days_item_data)

                days.append(days_item)

        timetable_event_schedule_client_schedule = cls(
            id=id,
            loyalty_abonement_id=loyalty_abonement_id,
            final_day=final_day,
            days=days,
        )

        timetable_event_schedule_client_schedule.additional_properties = d
        return timetable_event_schedule_client_schedule

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
        "loyalty_abonement_id",
        "final_day",
        "days",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TimetableEventScheduleClientSchedule._lazy_fields = {
    "id": ("id", None, False),
    "loyalty_abonement_id": ("loyalty_abonement_id", None, False),
    "final_day": ("final_day", None, False),
    "days": ("days", _read_days, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TimetableEventScheduleClientSchedule, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.loyalty_abonement_id = get("loyalty_abonement_id", UNSET)
    model.final_day = get("final_day", UNSET)


def _fill_converted(
    model: TimetableEventScheduleClientSchedule,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
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
    json_value: Any, parse_ctx: ParseContext, model: TimetableEventScheduleClientSchedule | None = None
) -> TimetableEventScheduleClientSchedule:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TimetableEventScheduleClientSchedule._lazy(json_value, parse_ctx)
        model = new_model(
            TimetableEventScheduleClientSchedule
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
        layout = layout_of(TimetableEventScheduleClientSchedule, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_days,) = fill(json_value, model)
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
        model.__class__ = lazily_read_class(TimetableEventScheduleClientSchedule)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TimetableEventScheduleClientSchedule
        del model._raw, model._context
    return model


TimetableEventScheduleClientSchedule._lazy_fill = (_fill_plain, _fill_converted, _build)
