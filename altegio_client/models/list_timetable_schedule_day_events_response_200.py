from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.response_meta_count_object import ResponseMetaCountObject
    from ..models.timetable_event_schedule_event import TimetableEventScheduleEvent


T = TypeVar("T", bound="ListTimetableScheduleDayEventsResponse200")


@_attrs_define
class ListTimetableScheduleDayEventsResponse200(LazyModel):
    success: bool | Unset = UNSET
    """ Response status. """
    data: list[TimetableEventScheduleEvent] | Unset = UNSET
    meta: ResponseMetaCountObject | Unset = UNSET
    """ Additional response data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_meta_count_object import ResponseMetaCountObject  # noqa: PLC0415
        from ..models.timetable_event_schedule_event import TimetableEventScheduleEvent  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[TimetableEventScheduleEvent] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = TimetableEventScheduleEvent.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: ResponseMetaCountObject | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ResponseMetaCountObject.from_dict(_meta)

        list_timetable_schedule_day_events_response_200 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        list_timetable_schedule_day_events_response_200.additional_properties = d
        return list_timetable_schedule_day_events_response_200

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[TimetableEventScheduleEvent] | Unset:
    TimetableEventScheduleEvent = MODEL_CLASSES.get(
        "altegio_client.models.timetable_event_schedule_event"
    ) or model_class("altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent")

    _data = json_value
    data: list[TimetableEventScheduleEvent] | Unset = UNSET
    if _data is not UNSET:
        data = TimetableEventScheduleEvent._lazy_list(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ResponseMetaCountObject | Unset:
    ResponseMetaCountObject = MODEL_CLASSES.get("altegio_client.models.response_meta_count_object") or model_class(
        "altegio_client.models.response_meta_count_object", "ResponseMetaCountObject"
    )

    _meta = json_value
    meta: ResponseMetaCountObject | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ResponseMetaCountObject._lazy(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ListTimetableScheduleDayEventsResponse200._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ListTimetableScheduleDayEventsResponse200, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: ListTimetableScheduleDayEventsResponse200,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        elif value == []:
            model.data = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_event") or model_builder(
                "altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.data = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.response_meta_count_object") or model_builder(
                "altegio_client.models.response_meta_count_object", "ResponseMetaCountObject"
            )
            try:
                model.meta = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ListTimetableScheduleDayEventsResponse200 | None = None
) -> ListTimetableScheduleDayEventsResponse200:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ListTimetableScheduleDayEventsResponse200._lazy(json_value, parse_ctx)
        model = new_model(
            ListTimetableScheduleDayEventsResponse200
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
        layout = layout_of(ListTimetableScheduleDayEventsResponse200, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    elif value_data == []:
        model.data = value_data  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.timetable_event_schedule_event") or model_builder(
            "altegio_client.models.timetable_event_schedule_event", "TimetableEventScheduleEvent"
        )
        try:
            if _builtins.type(value_data) is not list:
                raise TypeError
            model.data = [build(item, parse_ctx) for item in value_data]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.response_meta_count_object") or model_builder(
            "altegio_client.models.response_meta_count_object", "ResponseMetaCountObject"
        )
        try:
            model.meta = build(value_meta, parse_ctx)
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
        model.__class__ = lazily_read_class(ListTimetableScheduleDayEventsResponse200)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ListTimetableScheduleDayEventsResponse200
        del model._raw, model._context
    return model


ListTimetableScheduleDayEventsResponse200._lazy_fill = (_fill_plain, _fill_converted, _build)
