from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="ResourceIdentifier")


@_attrs_define
class ResourceIdentifier(LazyModel):
    type: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        id = d.pop("id")

        resource_identifier = cls(
            type=type,
            id=id,
        )

        return resource_identifier


ResourceIdentifier._lazy_fields = {
    "type": ("type", None, True),
    "id": ("id", None, True),
}
