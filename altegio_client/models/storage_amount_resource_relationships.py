from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import MODEL_CLASSES, LazyModel, ParseContext, model_class
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
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

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


def _fill_plain(model: StorageAmountResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: StorageAmountResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "storage" not in done:
        try:
            model.storage = _read_storage(json_value.get("storage", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


StorageAmountResourceRelationships._lazy_fill = (_fill_plain, _fill_converted)
