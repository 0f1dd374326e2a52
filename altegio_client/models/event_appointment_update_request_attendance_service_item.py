from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventAppointmentUpdateRequestAttendanceServiceItem")


@_attrs_define
class EventAppointmentUpdateRequestAttendanceServiceItem(LazyModel):
    cost_per_unit: float
    discount_percent: float
    manual_cost: float
    is_trial: bool | Unset = UNSET
    """ Whether this is a trial Service Appointment """

    def to_dict(self) -> dict[str, Any]:
        cost_per_unit = self.cost_per_unit

        discount_percent = self.discount_percent

        manual_cost = self.manual_cost

        is_trial = self.is_trial

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_per_unit": cost_per_unit,
                "discount_percent": discount_percent,
                "manual_cost": manual_cost,
            }
        )
        if is_trial is not UNSET:
            field_dict["is_trial"] = is_trial

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_per_unit = d.pop("cost_per_unit")

        discount_percent = d.pop("discount_percent")

        manual_cost = d.pop("manual_cost")

        is_trial = d.pop("is_trial", UNSET)

        event_appointment_update_request_attendance_service_item = cls(
            cost_per_unit=cost_per_unit,
            discount_percent=discount_percent,
            manual_cost=manual_cost,
            is_trial=is_trial,
        )

        return event_appointment_update_request_attendance_service_item


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentUpdateRequestAttendanceServiceItem._lazy_fields = {
    "cost_per_unit": ("cost_per_unit", None, True),
    "discount_percent": ("discount_percent", None, True),
    "manual_cost": ("manual_cost", None, True),
    "is_trial": ("is_trial", None, False),
}


def _fill_plain(model: EventAppointmentUpdateRequestAttendanceServiceItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "cost_per_unit" in json_value:
        model.cost_per_unit = json_value["cost_per_unit"]
    if "discount_percent" in json_value:
        model.discount_percent = json_value["discount_percent"]
    if "manual_cost" in json_value:
        model.manual_cost = json_value["manual_cost"]
    model.is_trial = get("is_trial", UNSET)


def _fill_converted(
    model: EventAppointmentUpdateRequestAttendanceServiceItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentUpdateRequestAttendanceServiceItem | None = None
) -> EventAppointmentUpdateRequestAttendanceServiceItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentUpdateRequestAttendanceServiceItem._lazy(json_value, parse_ctx)
        model = new_model(
            EventAppointmentUpdateRequestAttendanceServiceItem
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
        layout = layout_of(EventAppointmentUpdateRequestAttendanceServiceItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentUpdateRequestAttendanceServiceItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentUpdateRequestAttendanceServiceItem
        del model._raw, model._context
    return model


EventAppointmentUpdateRequestAttendanceServiceItem._lazy_fill = (_fill_plain, _fill_converted, _build)
