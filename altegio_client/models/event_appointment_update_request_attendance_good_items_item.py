from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.event_appointment_update_request_attendance_good_items_item_operation_unit_type import (
    EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType,
    check_event_appointment_update_request_attendance_good_items_item_operation_unit_type,
)
from ..types import UNSET

T = TypeVar("T", bound="EventAppointmentUpdateRequestAttendanceGoodItemsItem")


@_attrs_define
class EventAppointmentUpdateRequestAttendanceGoodItemsItem(LazyModel):
    id: int | None
    """ Appointment Product Item ID; `null` creates an item """
    good_id: int
    """ Literal wire field for Product ID """
    unit_id: int
    """ Unit ID """
    storage_id: int
    """ Inventory Location ID """
    staff_id: int
    """ Team Member ID """
    operation_unit_type: EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType
    """ Product operation type """
    number: None | str
    quantity: float
    cost_per_unit: float
    manual_cost: float
    discount_percent: float
    marks: list[str]
    planned_activation_date: _datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        good_id = self.good_id

        unit_id = self.unit_id

        storage_id = self.storage_id

        staff_id = self.staff_id

        operation_unit_type: str = self.operation_unit_type

        number: None | str
        number = self.number

        quantity = self.quantity

        cost_per_unit = self.cost_per_unit

        manual_cost = self.manual_cost

        discount_percent = self.discount_percent

        marks = self.marks

        planned_activation_date: None | str
        if isinstance(self.planned_activation_date, datetime.date):
            planned_activation_date = self.planned_activation_date.isoformat()
        else:
            planned_activation_date = self.planned_activation_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "good_id": good_id,
                "unit_id": unit_id,
                "storage_id": storage_id,
                "staff_id": staff_id,
                "operation_unit_type": operation_unit_type,
                "number": number,
                "quantity": quantity,
                "cost_per_unit": cost_per_unit,
                "manual_cost": manual_cost,
                "discount_percent": discount_percent,
                "marks": marks,
                "planned_activation_date": planned_activation_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        good_id = d.pop("good_id")

        unit_id = d.pop("unit_id")

        storage_id = d.pop("storage_id")

        staff_id = d.pop("staff_id")

        operation_unit_type = check_event_appointment_update_request_attendance_good_items_item_operation_unit_type(
            d.pop("operation_unit_type")
        )

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        quantity = d.pop("quantity")

        cost_per_unit = d.pop("cost_per_unit")

        manual_cost = d.pop("manual_cost")

        discount_percent = d.pop("discount_percent")

        marks = cast(list[str], d.pop("marks"))

        def _parse_planned_activation_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_activation_date_type_0 = types.parse_iso_date(data)

                return planned_activation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_activation_date = _parse_planned_activation_date(d.pop("planned_activation_date"))

        event_appointment_update_request_attendance_good_items_item = cls(
            id=id,
            good_id=good_id,
            unit_id=unit_id,
            storage_id=storage_id,
            staff_id=staff_id,
            operation_unit_type=operation_unit_type,
            number=number,
            quantity=quantity,
            cost_per_unit=cost_per_unit,
            manual_cost=manual_cost,
            discount_percent=discount_percent,
            marks=marks,
            planned_activation_date=planned_activation_date,
        )

        return event_appointment_update_request_attendance_good_items_item


def _read_operation_unit_type(
    json_value: Any, parse_ctx: ParseContext
) -> EventAppointmentUpdateRequestAttendanceGoodItemsItemOperationUnitType:

    operation_unit_type = check_event_appointment_update_request_attendance_good_items_item_operation_unit_type(
        json_value
    )

    return operation_unit_type


def _read_planned_activation_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None:

    def _parse_planned_activation_date(data: object) -> datetime.date | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            planned_activation_date_type_0 = types.parse_iso_date(data)

            return planned_activation_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None, data)

    planned_activation_date = _parse_planned_activation_date(json_value)

    return planned_activation_date


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentUpdateRequestAttendanceGoodItemsItem._lazy_fields = {
    "id": ("id", None, True),
    "good_id": ("good_id", None, True),
    "unit_id": ("unit_id", None, True),
    "storage_id": ("storage_id", None, True),
    "staff_id": ("staff_id", None, True),
    "operation_unit_type": ("operation_unit_type", _read_operation_unit_type, True),
    "number": ("number", None, True),
    "quantity": ("quantity", None, True),
    "cost_per_unit": ("cost_per_unit", None, True),
    "manual_cost": ("manual_cost", None, True),
    "discount_percent": ("discount_percent", None, True),
    "marks": ("marks", None, True),
    "planned_activation_date": ("planned_activation_date", _read_planned_activation_date, True),
}


def _fill_plain(model: EventAppointmentUpdateRequestAttendanceGoodItemsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]
    if "good_id" in json_value:
        model.good_id = json_value["good_id"]
    if "unit_id" in json_value:
        model.unit_id = json_value["unit_id"]
    if "storage_id" in json_value:
        model.storage_id = json_value["storage_id"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "number" in json_value:
        model.number = json_value["number"]
    if "quantity" in json_value:
        model.quantity = json_value["quantity"]
    if "cost_per_unit" in json_value:
        model.cost_per_unit = json_value["cost_per_unit"]
    if "manual_cost" in json_value:
        model.manual_cost = json_value["manual_cost"]
    if "discount_percent" in json_value:
        model.discount_percent = json_value["discount_percent"]
    if "marks" in json_value:
        model.marks = json_value["marks"]


def _fill_converted(
    model: EventAppointmentUpdateRequestAttendanceGoodItemsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "operation_unit_type" not in done:
        try:
            model.operation_unit_type = _read_operation_unit_type(json_value["operation_unit_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "planned_activation_date" not in done:
        try:
            model.planned_activation_date = _read_planned_activation_date(
                json_value["planned_activation_date"], parse_ctx
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentUpdateRequestAttendanceGoodItemsItem | None = None
) -> EventAppointmentUpdateRequestAttendanceGoodItemsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentUpdateRequestAttendanceGoodItemsItem._lazy(json_value, parse_ctx)
        model = new_model(
            EventAppointmentUpdateRequestAttendanceGoodItemsItem
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
        layout = layout_of(EventAppointmentUpdateRequestAttendanceGoodItemsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_operation_unit_type, value_planned_activation_date = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_operation_unit_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.operation_unit_type = _read_operation_unit_type(value_operation_unit_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_planned_activation_date is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.planned_activation_date = _read_planned_activation_date(value_planned_activation_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentUpdateRequestAttendanceGoodItemsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentUpdateRequestAttendanceGoodItemsItem
        del model._raw, model._context
    return model


EventAppointmentUpdateRequestAttendanceGoodItemsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
