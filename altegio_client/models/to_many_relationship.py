from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext

if TYPE_CHECKING:
    from ..models.resource_identifier import ResourceIdentifier


T = TypeVar("T", bound="ToManyRelationship")


@_attrs_define
class ToManyRelationship(LazyModel):
    data: list[ResourceIdentifier]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ResourceIdentifier.from_dict(data_item_data)

            data.append(data_item)

        to_many_relationship = cls(
            data=data,
        )

        return to_many_relationship


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[ResourceIdentifier]:
    from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

    data = ResourceIdentifier._lazy_list(json_value, parse_ctx)

    return data


ToManyRelationship._lazy_fields = {
    "data": ("data", _read_data, True),
}
