from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="ResourceIdentifier")


@_attrs_define
class ResourceIdentifier(LazyModel):
    type_: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        resource_identifier = cls(
            type_=type_,
            id=id,
        )

        return resource_identifier


ResourceIdentifier._lazy_fields = {
    "type_": ("type", None, True),
    "id": ("id", None, True),
}
