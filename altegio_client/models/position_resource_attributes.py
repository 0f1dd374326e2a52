from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="PositionResourceAttributes")


@_attrs_define
class PositionResourceAttributes(LazyModel):
    title: str
    """ Position title """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        position_resource_attributes = cls(
            title=title,
        )

        return position_resource_attributes


PositionResourceAttributes._lazy_fields = {
    "title": ("title", None, True),
}
