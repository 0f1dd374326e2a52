from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage_amount_resource_attributes import (
        StorageAmountResourceAttributes,
    )
    from ..models.storage_amount_resource_relationships import (
        StorageAmountResourceRelationships,
    )


T = TypeVar("T", bound="StorageAmountResource")


@_attrs_define
class StorageAmountResource(LazyModel):
    type: Literal["good_storage_amount"]
    """ Literal JSON:API resource type """
    id: int | str
    """ Composite Product and Storage ID """
    attributes: StorageAmountResourceAttributes
    relationships: StorageAmountResourceRelationships | Unset = UNSET
    """ Present when related data is requested through `include` """

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id: int | str
        id = self.id

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "id": id,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.storage_amount_resource_attributes import (
            StorageAmountResourceAttributes,  # noqa: PLC0415
        )
        from ..models.storage_amount_resource_relationships import (
            StorageAmountResourceRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = cast(Literal["good_storage_amount"], d.pop("type"))
        if type != "good_storage_amount":
            raise ValueError(f"type must match const 'good_storage_amount', got '{type}'")

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        attributes = StorageAmountResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: StorageAmountResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = StorageAmountResourceRelationships.from_dict(_relationships)

        storage_amount_resource = cls(
            type=type,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return storage_amount_resource


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["good_storage_amount"]:
    type = cast(Literal["good_storage_amount"], json_value)
    if type != "good_storage_amount":
        raise ValueError(f"type must match const 'good_storage_amount', got '{type}'")
    return type


def _read_id(json_value: Any, parse_ctx: ParseContext) -> int | str:
    def _parse_id(data: object) -> int | str:
        return cast(int | str, data)

    id = _parse_id(json_value)

    return id


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> StorageAmountResourceAttributes:
    from ..models.storage_amount_resource_attributes import (
        StorageAmountResourceAttributes,  # noqa: PLC0415
    )

    attributes = StorageAmountResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


def _read_relationships(json_value: Any, parse_ctx: ParseContext) -> StorageAmountResourceRelationships | Unset:
    from ..models.storage_amount_resource_relationships import (
        StorageAmountResourceRelationships,  # noqa: PLC0415
    )

    _relationships = json_value
    relationships: StorageAmountResourceRelationships | Unset
    if isinstance(_relationships, Unset):
        relationships = UNSET
    else:
        relationships = StorageAmountResourceRelationships._lazy(_relationships, parse_ctx)

    return relationships


StorageAmountResource._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", _read_id, True),
    "attributes": ("attributes", _read_attributes, True),
    "relationships": ("relationships", _read_relationships, False),
}
