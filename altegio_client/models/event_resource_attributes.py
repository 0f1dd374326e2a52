from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.event_resource_attributes_schedule_till import (
        EventResourceAttributesScheduleTill,
    )


T = TypeVar("T", bound="EventResourceAttributes")


@_attrs_define
class EventResourceAttributes(LazyModel):
    master_id: int
    """ Deprecated wire field for Team Member ID; use `staff_id` """
    staff_id: int
    """ Team Member ID """
    service_id: int
    """ Service ID """
    timestamp: int
    """ Event start as a Unix timestamp """
    length: int
    """ Event duration in seconds """
    capacity: int
    """ Total number of available places """
    clients_count: int
    """ Number of Booking Users currently booked """
    color: str
    """ Event background color including `#` """
    instructions: str
    """ Instructions for Booking Users """
    stream_link: str
    """ Online Event stream link, or an empty string """
    font_color: str
    """ Event text color including `#` """
    notified: bool
    """ Whether an Event notification was sent """
    comment: None | str
    """ Event comment """
    schedule_id: int | None
    """ Event Schedule ID """
    schedule_till: EventResourceAttributesScheduleTill | None
    """ Event Schedule end represented by the production DateTime wire object """
    schedule_event_modified: bool | None
    """ Whether this scheduled Event differs from its Event Schedule """
    date: str
    """ Event start in the Location timezone with a numeric offset """

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_resource_attributes_schedule_till import (
            EventResourceAttributesScheduleTill,  # noqa: PLC0415
        )

        master_id = self.master_id

        staff_id = self.staff_id

        service_id = self.service_id

        timestamp = self.timestamp

        length = self.length

        capacity = self.capacity

        clients_count = self.clients_count

        color = self.color

        instructions = self.instructions

        stream_link = self.stream_link

        font_color = self.font_color

        notified = self.notified

        comment: None | str
        comment = self.comment

        schedule_id: int | None
        schedule_id = self.schedule_id

        schedule_till: dict[str, Any] | None
        if isinstance(self.schedule_till, EventResourceAttributesScheduleTill):
            schedule_till = self.schedule_till.to_dict()
        else:
            schedule_till = self.schedule_till

        schedule_event_modified: bool | None
        schedule_event_modified = self.schedule_event_modified

        date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "master_id": master_id,
                "staff_id": staff_id,
                "service_id": service_id,
                "timestamp": timestamp,
                "length": length,
                "capacity": capacity,
                "clients_count": clients_count,
                "color": color,
                "instructions": instructions,
                "stream_link": stream_link,
                "font_color": font_color,
                "notified": notified,
                "comment": comment,
                "schedule_id": schedule_id,
                "schedule_till": schedule_till,
                "schedule_event_modified": schedule_event_modified,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_resource_attributes_schedule_till import (
            EventResourceAttributesScheduleTill,  # noqa: PLC0415
        )

        d = dict(src_dict)
        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        service_id = d.pop("service_id")

        timestamp = d.pop("timestamp")

        length = d.pop("length")

        capacity = d.pop("capacity")

        clients_count = d.pop("clients_count")

        color = d.pop("color")

        instructions = d.pop("instructions")

        stream_link = d.pop("stream_link")

        font_color = d.pop("font_color")

        notified = d.pop("notified")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_schedule_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id"))

        def _parse_schedule_till(data: object) -> EventResourceAttributesScheduleTill | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_till_type_0 = EventResourceAttributesScheduleTill.from_dict(data)

                return schedule_till_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventResourceAttributesScheduleTill | None, data)

        schedule_till = _parse_schedule_till(d.pop("schedule_till"))

        def _parse_schedule_event_modified(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        schedule_event_modified = _parse_schedule_event_modified(d.pop("schedule_event_modified"))

        date = d.pop("date")

        event_resource_attributes = cls(
            master_id=master_id,
            staff_id=staff_id,
            service_id=service_id,
            timestamp=timestamp,
            length=length,
            capacity=capacity,
            clients_count=clients_count,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            font_color=font_color,
            notified=notified,
            comment=comment,
            schedule_id=schedule_id,
            schedule_till=schedule_till,
            schedule_event_modified=schedule_event_modified,
            date=date,
        )

        return event_resource_attributes


def _read_schedule_till(json_value: Any, parse_ctx: ParseContext) -> EventResourceAttributesScheduleTill | None:
    EventResourceAttributesScheduleTill = MODEL_CLASSES.get(
        "altegio_client.models.event_resource_attributes_schedule_till"
    ) or model_class(
        "altegio_client.models.event_resource_attributes_schedule_till", "EventResourceAttributesScheduleTill"
    )

    def _parse_schedule_till(data: object) -> EventResourceAttributesScheduleTill | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            schedule_till_type_0 = EventResourceAttributesScheduleTill.from_dict(data)

            return schedule_till_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EventResourceAttributesScheduleTill | None, data)

    schedule_till = _parse_schedule_till(json_value)

    return schedule_till


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventResourceAttributes._lazy_fields = {
    "master_id": ("master_id", None, True),
    "staff_id": ("staff_id", None, True),
    "service_id": ("service_id", None, True),
    "timestamp": ("timestamp", None, True),
    "length": ("length", None, True),
    "capacity": ("capacity", None, True),
    "clients_count": ("clients_count", None, True),
    "color": ("color", None, True),
    "instructions": ("instructions", None, True),
    "stream_link": ("stream_link", None, True),
    "font_color": ("font_color", None, True),
    "notified": ("notified", None, True),
    "comment": ("comment", None, True),
    "schedule_id": ("schedule_id", None, True),
    "schedule_till": ("schedule_till", _read_schedule_till, True),
    "schedule_event_modified": ("schedule_event_modified", None, True),
    "date": ("date", None, True),
}


def _fill_plain(model: EventResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "master_id" in json_value:
        model.master_id = json_value["master_id"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "timestamp" in json_value:
        model.timestamp = json_value["timestamp"]
    if "length" in json_value:
        model.length = json_value["length"]
    if "capacity" in json_value:
        model.capacity = json_value["capacity"]
    if "clients_count" in json_value:
        model.clients_count = json_value["clients_count"]
    if "color" in json_value:
        model.color = json_value["color"]
    if "instructions" in json_value:
        model.instructions = json_value["instructions"]
    if "stream_link" in json_value:
        model.stream_link = json_value["stream_link"]
    if "font_color" in json_value:
        model.font_color = json_value["font_color"]
    if "notified" in json_value:
        model.notified = json_value["notified"]
    if "comment" in json_value:
        model.comment = json_value["comment"]
    if "schedule_id" in json_value:
        model.schedule_id = json_value["schedule_id"]
    if "schedule_event_modified" in json_value:
        model.schedule_event_modified = json_value["schedule_event_modified"]
    if "date" in json_value:
        model.date = json_value["date"]


def _fill_converted(
    model: EventResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "schedule_till" not in done:
        try:
            model.schedule_till = _read_schedule_till(json_value["schedule_till"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventResourceAttributes | None = None
) -> EventResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(EventResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_schedule_till,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_schedule_till is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.schedule_till = _read_schedule_till(value_schedule_till, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventResourceAttributes
        del model._raw, model._context
    return model


EventResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
