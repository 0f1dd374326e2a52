from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="ServiceCategoryResourceAttributes")


@_attrs_define
class ServiceCategoryResourceAttributes(LazyModel):
    title: str
    """ Service Category name """
    salon_service_id: int
    """ Location-specific Service Category link ID """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_service_id = self.salon_service_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "salon_service_id": salon_service_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        salon_service_id = d.pop("salon_service_id")

        service_category_resource_attributes = cls(
            title=title,
            salon_service_id=salon_service_id,
        )

        return service_category_resource_attributes


ServiceCategoryResourceAttributes._lazy_fields = {
    "title": ("title", None, True),
    "salon_service_id": ("salon_service_id", None, True),
}
