from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="StorageAmountResourceAttributes")


@_attrs_define
class StorageAmountResourceAttributes(LazyModel):
    good_id: int
    """ Product ID """
    storage_id: int
    """ Storage ID """
    sale_amount: float
    """ Available amount measured in Sale Units """
    consumable_amount: float
    """ Available amount measured in Consumable Units """

    def to_dict(self) -> dict[str, Any]:
        good_id = self.good_id

        storage_id = self.storage_id

        sale_amount = self.sale_amount

        consumable_amount = self.consumable_amount

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "good_id": good_id,
                "storage_id": storage_id,
                "sale_amount": sale_amount,
                "consumable_amount": consumable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        good_id = d.pop("good_id")

        storage_id = d.pop("storage_id")

        sale_amount = d.pop("sale_amount")

        consumable_amount = d.pop("consumable_amount")

        storage_amount_resource_attributes = cls(
            good_id=good_id,
            storage_id=storage_id,
            sale_amount=sale_amount,
            consumable_amount=consumable_amount,
        )

        return storage_amount_resource_attributes


StorageAmountResourceAttributes._lazy_fields = {
    "good_id": ("good_id", None, True),
    "storage_id": ("storage_id", None, True),
    "sale_amount": ("sale_amount", None, True),
    "consumable_amount": ("consumable_amount", None, True),
}
