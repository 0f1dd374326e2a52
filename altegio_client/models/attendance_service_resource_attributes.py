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

T = TypeVar("T", bound="AttendanceServiceResourceAttributes")


@_attrs_define
class AttendanceServiceResourceAttributes(LazyModel):
    company_id: int
    """ Location ID """
    service_id: int
    """ Service ID """
    category_id: int
    """ Service Category ID """
    is_composite: bool
    """ Whether the Service is composite """
    composite_service_id: int
    """ Parent composite Service ID, or `0` """
    salon_service_id: int | None
    """ Location-specific Service link ID """
    composite_position: int | None
    """ Position within a composite Service """
    staff_id: int
    """ Team Member ID, or `0` when not Team Member-specific """
    title: str
    """ Service name """
    length: int
    """ Deprecated duration in seconds; use `duration` """
    duration: int
    """ Service duration in seconds """
    price_min: float
    """ Minimum Service price """
    price_max: float
    """ Maximum Service price """
    technical_break_duration: int
    """ Technical break duration in seconds """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        service_id = self.service_id

        category_id = self.category_id

        is_composite = self.is_composite

        composite_service_id = self.composite_service_id

        salon_service_id: int | None
        salon_service_id = self.salon_service_id

        composite_position: int | None
        composite_position = self.composite_position

        staff_id = self.staff_id

        title = self.title

        length = self.length

        duration = self.duration

        price_min = self.price_min

        price_max = self.price_max

        technical_break_duration = self.technical_break_duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "service_id": service_id,
                "category_id": category_id,
                "is_composite": is_composite,
                "composite_service_id": composite_service_id,
                "salon_service_id": salon_service_id,
                "composite_position": composite_position,
                "staff_id": staff_id,
                "title": title,
                "length": length,
                "duration": duration,
                "price_min": price_min,
                "price_max": price_max,
                "technical_break_duration": technical_break_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        service_id = d.pop("service_id")

        category_id = d.pop("category_id")

        is_composite = d.pop("is_composite")

        composite_service_id = d.pop("composite_service_id")

        def _parse_salon_service_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        salon_service_id = _parse_salon_service_id(d.pop("salon_service_id"))

        def _parse_composite_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        composite_position = _parse_composite_position(d.pop("composite_position"))

        staff_id = d.pop("staff_id")

        title = d.pop("title")

        length = d.pop("length")

        duration = d.pop("duration")

        price_min = d.pop("price_min")

        price_max = d.pop("price_max")

        technical_break_duration = d.pop("technical_break_duration")

        attendance_service_resource_attributes = cls(
            company_id=company_id,
            service_id=service_id,
            category_id=category_id,
            is_composite=is_composite,
            composite_service_id=composite_service_id,
            salon_service_id=salon_service_id,
            composite_position=composite_position,
            staff_id=staff_id,
            title=title,
            length=length,
            duration=duration,
            price_min=price_min,
            price_max=price_max,
            technical_break_duration=technical_break_duration,
        )

        return attendance_service_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AttendanceServiceResourceAttributes._lazy_fields = {
    "company_id": ("company_id", None, True),
    "service_id": ("service_id", None, True),
    "category_id": ("category_id", None, True),
    "is_composite": ("is_composite", None, True),
    "composite_service_id": ("composite_service_id", None, True),
    "salon_service_id": ("salon_service_id", None, True),
    "composite_position": ("composite_position", None, True),
    "staff_id": ("staff_id", None, True),
    "title": ("title", None, True),
    "length": ("length", None, True),
    "duration": ("duration", None, True),
    "price_min": ("price_min", None, True),
    "price_max": ("price_max", None, True),
    "technical_break_duration": ("technical_break_duration", None, True),
}


def _fill_plain(model: AttendanceServiceResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "category_id" in json_value:
        model.category_id = json_value["category_id"]
    if "is_composite" in json_value:
        model.is_composite = json_value["is_composite"]
    if "composite_service_id" in json_value:
        model.composite_service_id = json_value["composite_service_id"]
    if "salon_service_id" in json_value:
        model.salon_service_id = json_value["salon_service_id"]
    if "composite_position" in json_value:
        model.composite_position = json_value["composite_position"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "length" in json_value:
        model.length = json_value["length"]
    if "duration" in json_value:
        model.duration = json_value["duration"]
    if "price_min" in json_value:
        model.price_min = json_value["price_min"]
    if "price_max" in json_value:
        model.price_max = json_value["price_max"]
    if "technical_break_duration" in json_value:
        model.technical_break_duration = json_value["technical_break_duration"]


def _fill_converted(
    model: AttendanceServiceResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AttendanceServiceResourceAttributes | None = None
) -> AttendanceServiceResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AttendanceServiceResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            AttendanceServiceResourceAttributes
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
        layout = layout_of(AttendanceServiceResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AttendanceServiceResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AttendanceServiceResourceAttributes
        del model._raw, model._context
    return model


AttendanceServiceResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
