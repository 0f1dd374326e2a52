from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._lazy import LazyModel

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
