from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="ServiceResourceAttributes")


@_attrs_define
class ServiceResourceAttributes(LazyModel):
    title: str
    """ Service name """
    category_id: int
    """ Service Category ID """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        category_id = self.category_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "category_id": category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        category_id = d.pop("category_id")

        service_resource_attributes = cls(
            title=title,
            category_id=category_id,
        )

        return service_resource_attributes


ServiceResourceAttributes._lazy_fields = {
    "title": ("title", None, True),
    "category_id": ("category_id", None, True),
}
