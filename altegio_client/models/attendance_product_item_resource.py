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
    from ..models.attendance_product_item_resource_attributes import (
        AttendanceProductItemResourceAttributes,
    )
    from ..models.attendance_product_item_resource_relationships import (
        AttendanceProductItemResourceRelationships,
    )


T = TypeVar("T", bound="AttendanceProductItemResource")


@_attrs_define
class AttendanceProductItemResource(LazyModel):
    type: Literal["attendance_good_item"]
    """ Literal JSON:API resource type """
    id: str
    """ Appointment Product Item ID """
    attributes: AttendanceProductItemResourceAttributes
    relationships: AttendanceProductItemResourceRelationships | Unset = UNSET
    """ Present when related data is requested through `include` """

    def to_dict(self) -> dict[str, Any]:
        type = self.type

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
        from ..models.attendance_product_item_resource_attributes import (
            AttendanceProductItemResourceAttributes,  # noqa: PLC0415
        )
        from ..models.attendance_product_item_resource_relationships import (
            AttendanceProductItemResourceRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = cast(Literal["attendance_good_item"], d.pop("type"))
        if type != "attendance_good_item":
            raise ValueError(f"type must match const 'attendance_good_item', got '{type}'")

        id = d.pop("id")

        attributes = AttendanceProductItemResourceAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: AttendanceProductItemResourceRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = AttendanceProductItemResourceRelationships.from_dict(_relationships)

        attendance_product_item_resource = cls(
            type=type,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return attendance_product_item_resource


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["attendance_good_item"]:
    type = cast(Literal["attendance_good_item"], json_value)
    if type != "attendance_good_item":
        raise ValueError(f"type must match const 'attendance_good_item', got '{type}'")
    return type


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> AttendanceProductItemResourceAttributes:
    from ..models.attendance_product_item_resource_attributes import (
        AttendanceProductItemResourceAttributes,  # noqa: PLC0415
    )

    attributes = AttendanceProductItemResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


def _read_relationships(json_value: Any, parse_ctx: ParseContext) -> AttendanceProductItemResourceRelationships | Unset:
    from ..models.attendance_product_item_resource_relationships import (
        AttendanceProductItemResourceRelationships,  # noqa: PLC0415
    )

    _relationships = json_value
    relationships: AttendanceProductItemResourceRelationships | Unset
    if isinstance(_relationships, Unset):
        relationships = UNSET
    else:
        relationships = AttendanceProductItemResourceRelationships._lazy(_relationships, parse_ctx)

    return relationships


AttendanceProductItemResource._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", None, True),
    "attributes": ("attributes", _read_attributes, True),
    "relationships": ("relationships", _read_relationships, False),
}
