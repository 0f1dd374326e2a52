from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="StorageAmountResourceRelationships")


@_attrs_define
class StorageAmountResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    storage: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _storage = d.pop("storage", UNSET)
        storage: ToOneRelationship | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ToOneRelationship.from_dict(_storage)

        storage_amount_resource_relationships = cls(
            storage=storage,
        )

        return storage_amount_resource_relationships


def _read_storage(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

    _storage = json_value
    storage: ToOneRelationship | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = ToOneRelationship._lazy(_storage, parse_ctx)

    return storage


StorageAmountResourceRelationships._lazy_fields = {
    "storage": ("storage", _read_storage, False),
}
