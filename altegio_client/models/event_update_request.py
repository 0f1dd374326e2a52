from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventUpdateRequest")


@_attrs_define
class EventUpdateRequest(LazyModel):
    staff_id: int
    """ Team Member ID """
    service_id: int
    """ Service ID """
    resource_instance_ids: list[int]
    """ Resource Instance IDs; an empty array is allowed """
    label_ids: list[int]
    """ Tag IDs; an empty array is allowed """
    date: str
    """ Event start in the Location timezone as `YYYY-MM-DD HH:MM:SS` """
    length: int
    """ Total Event duration in seconds, including any technical break """
    capacity: int
    """ Total number of available places """
    technical_break_duration: int | None | Unset = UNSET
    """ Technical break in seconds; `null` keeps or derives the current value """
    comment: None | str | Unset = UNSET
    """ Event comment """
    color: None | str | Unset = UNSET
    """ Event color including `#` """
    instructions: None | str | Unset = UNSET
    """ Instructions for Booking Users """
    stream_link: None | str | Unset = UNSET
    """ Online Event stream link """
    force: bool | Unset = False
    """ Skip Team Member and Resource Instance availability conflicts """

    def to_dict(self) -> dict[str, Any]:
        staff_id = self.staff_id

        service_id = self.service_id

        resource_instance_ids = self.resource_instance_ids

        label_ids = self.label_ids

        date = self.date

        length = self.length

        capacity = self.capacity

        technical_break_duration: int | None | Unset
        if isinstance(self.technical_break_duration, Unset):
            technical_break_duration = UNSET
        else:
            technical_break_duration = self.technical_break_duration

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        stream_link: None | str | Unset
        if isinstance(self.stream_link, Unset):
            stream_link = UNSET
        else:
            stream_link = self.stream_link

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "staff_id": staff_id,
                "service_id": service_id,
                "resource_instance_ids": resource_instance_ids,
                "label_ids": label_ids,
                "date": date,
                "length": length,
                "capacity": capacity,
            }
        )
        if technical_break_duration is not UNSET:
            field_dict["technical_break_duration"] = technical_break_duration
        if comment is not UNSET:
            field_dict["comment"] = comment
        if color is not UNSET:
            field_dict["color"] = color
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream_link is not UNSET:
            field_dict["stream_link"] = stream_link
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        staff_id = d.pop("staff_id")

        service_id = d.pop("service_id")

        resource_instance_ids = cast(list[int], d.pop("resource_instance_ids"))

        label_ids = cast(list[int], d.pop("label_ids"))

        date = d.pop("date")

        length = d.pop("length")

        capacity = d.pop("capacity")

        def _parse_technical_break_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        technical_break_duration = _parse_technical_break_duration(d.pop("technical_break_duration", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_stream_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_link = _parse_stream_link(d.pop("stream_link", UNSET))

        force = d.pop("force", UNSET)

        event_update_request = cls(
            staff_id=staff_id,
            service_id=service_id,
            resource_instance_ids=resource_instance_ids,
            label_ids=label_ids,
            date=date,
            length=length,
            capacity=capacity,
            technical_break_duration=technical_break_duration,
            comment=comment,
            color=color,
            instructions=instructions,
            stream_link=stream_link,
            force=force,
        )

        return event_update_request


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventUpdateRequest._lazy_fields = {
    "staff_id": ("staff_id", None, True),
    "service_id": ("service_id", None, True),
    "resource_instance_ids": ("resource_instance_ids", None, True),
    "label_ids": ("label_ids", None, True),
    "date": ("date", None, True),
    "length": ("length", None, True),
    "capacity": ("capacity", None, True),
    "technical_break_duration": ("technical_break_duration", None, False),
    "comment": ("comment", None, False),
    "color": ("color", None, False),
    "instructions": ("instructions", None, False),
    "stream_link": ("stream_link", None, False),
    "force": ("force", None, False),
}


def _fill_plain(model: EventUpdateRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "resource_instance_ids" in json_value:
        model.resource_instance_ids = json_value["resource_instance_ids"]
    if "label_ids" in json_value:
        model.label_ids = json_value["label_ids"]
    if "date" in json_value:
        model.date = json_value["date"]
    if "length" in json_value:
        model.length = json_value["length"]
    if "capacity" in json_value:
        model.capacity = json_value["capacity"]
    model.technical_break_duration = get("technical_break_duration", UNSET)
    model.comment = get("comment", UNSET)
    model.color = get("color", UNSET)
    model.instructions = get("instructions", UNSET)
    model.stream_link = get("stream_link", UNSET)
    model.force = get("force", UNSET)


def _fill_converted(
    model: EventUpdateRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(json_value: Any, parse_ctx: ParseContext, model: EventUpdateRequest | None = None) -> EventUpdateRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventUpdateRequest._lazy(json_value, parse_ctx)
        model = new_model(EventUpdateRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventUpdateRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventUpdateRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventUpdateRequest
        del model._raw, model._context
    return model


EventUpdateRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
