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

T = TypeVar("T", bound="AttendanceProductItemResourceAttributes")


@_attrs_define
class AttendanceProductItemResourceAttributes(LazyModel):
    record_id: int
    """ Appointment ID; `record_id` is the literal wire field """
    quantity: float
    """ Product quantity """
    unit_id: int
    """ Operation Unit ID """
    sale_unit_id: int
    """ Sale Unit ID """
    consumable_unit_id: int
    """ Consumable Unit ID """
    operation_unit_type: None | str
    """ Deprecated wire field; use `operation_type_slug` """
    operation_type_slug: None | str
    """ Unit operation type """
    first_cost: float
    """ Product cost before Appointment item adjustments """
    manual_cost: float
    """ Manually specified Product cost """
    cost_per_unit: float
    """ Product cost per unit """
    discount_percent: float
    """ Applied discount percentage """
    cost: float
    """ Final Product cost """
    master_id: int
    """ Deprecated Team Member ID wire alias; use `staff_id` """
    staff_id: int
    """ Team Member ID """
    good_id: int
    """ Product ID """
    storage_id: int
    """ Storage ID """

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        quantity = self.quantity

        unit_id = self.unit_id

        sale_unit_id = self.sale_unit_id

        consumable_unit_id = self.consumable_unit_id

        operation_unit_type: None | str
        operation_unit_type = self.operation_unit_type

        operation_type_slug: None | str
        operation_type_slug = self.operation_type_slug

        first_cost = self.first_cost

        manual_cost = self.manual_cost

        cost_per_unit = self.cost_per_unit

        discount_percent = self.discount_percent

        cost = self.cost

        master_id = self.master_id

        staff_id = self.staff_id

        good_id = self.good_id

        storage_id = self.storage_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "record_id": record_id,
                "quantity": quantity,
                "unit_id": unit_id,
                "sale_unit_id": sale_unit_id,
                "consumable_unit_id": consumable_unit_id,
                "operation_unit_type": operation_unit_type,
                "operation_type_slug": operation_type_slug,
                "first_cost": first_cost,
                "manual_cost": manual_cost,
                "cost_per_unit": cost_per_unit,
                "discount_percent": discount_percent,
                "cost": cost,
                "master_id": master_id,
                "staff_id": staff_id,
                "good_id": good_id,
                "storage_id": storage_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        quantity = d.pop("quantity")

        unit_id = d.pop("unit_id")

        sale_unit_id = d.pop("sale_unit_id")

        consumable_unit_id = d.pop("consumable_unit_id")

        def _parse_operation_unit_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_unit_type = _parse_operation_unit_type(d.pop("operation_unit_type"))

        def _parse_operation_type_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_type_slug = _parse_operation_type_slug(d.pop("operation_type_slug"))

        first_cost = d.pop("first_cost")

        manual_cost = d.pop("manual_cost")

        cost_per_unit = d.pop("cost_per_unit")

        discount_percent = d.pop("discount_percent")

        cost = d.pop("cost")

        master_id = d.pop("master_id")

        staff_id = d.pop("staff_id")

        good_id = d.pop("good_id")

        storage_id = d.pop("storage_id")

        attendance_product_item_resource_attributes = cls(
            record_id=record_id,
            quantity=quantity,
            unit_id=unit_id,
            sale_unit_id=sale_unit_id,
            consumable_unit_id=consumable_unit_id,
            operation_unit_type=operation_unit_type,
            operation_type_slug=operation_type_slug,
            first_cost=first_cost,
            manual_cost=manual_cost,
            cost_per_unit=cost_per_unit,
            discount_percent=discount_percent,
            cost=cost,
            master_id=master_id,
            staff_id=staff_id,
            good_id=good_id,
            storage_id=storage_id,
        )

        return attendance_product_item_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AttendanceProductItemResourceAttributes._lazy_fields = {
    "record_id": ("record_id", None, True),
    "quantity": ("quantity", None, True),
    "unit_id": ("unit_id", None, True),
    "sale_unit_id": ("sale_unit_id", None, True),
    "consumable_unit_id": ("consumable_unit_id", None, True),
    "operation_unit_type": ("operation_unit_type", None, True),
    "operation_type_slug": ("operation_type_slug", None, True),
    "first_cost": ("first_cost", None, True),
    "manual_cost": ("manual_cost", None, True),
    "cost_per_unit": ("cost_per_unit", None, True),
    "discount_percent": ("discount_percent", None, True),
    "cost": ("cost", None, True),
    "master_id": ("master_id", None, True),
    "staff_id": ("staff_id", None, True),
    "good_id": ("good_id", None, True),
    "storage_id": ("storage_id", None, True),
}


def _fill_plain(model: AttendanceProductItemResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "record_id" in json_value:
        model.record_id = json_value["record_id"]
    if "quantity" in json_value:
        model.quantity = json_value["quantity"]
    if "unit_id" in json_value:
        model.unit_id = json_value["unit_id"]
    if "sale_unit_id" in json_value:
        model.sale_unit_id = json_value["sale_unit_id"]
    if "consumable_unit_id" in json_value:
        model.consumable_unit_id = json_value["consumable_unit_id"]
    if "operation_unit_type" in json_value:
        model.operation_unit_type = json_value["operation_unit_type"]
    if "operation_type_slug" in json_value:
        model.operation_type_slug = json_value["operation_type_slug"]
    if "first_cost" in json_value:
        model.first_cost = json_value["first_cost"]
    if "manual_cost" in json_value:
        model.manual_cost = json_value["manual_cost"]
    if "cost_per_unit" in json_value:
        model.cost_per_unit = json_value["cost_per_unit"]
    if "discount_percent" in json_value:
        model.discount_percent = json_value["discount_percent"]
    if "cost" in json_value:
        model.cost = json_value["cost"]
    if "master_id" in json_value:
        model.master_id = json_value["master_id"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "good_id" in json_value:
        model.good_id = json_value["good_id"]
    if "storage_id" in json_value:
        model.storage_id = json_value["storage_id"]


def _fill_converted(
    model: AttendanceProductItemResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AttendanceProductItemResourceAttributes | None = None
) -> AttendanceProductItemResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AttendanceProductItemResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            AttendanceProductItemResourceAttributes
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
        layout = layout_of(AttendanceProductItemResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AttendanceProductItemResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AttendanceProductItemResourceAttributes
        del model._raw, model._context
    return model


AttendanceProductItemResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
