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

if TYPE_CHECKING:
    from ..models.service_category_resource_attributes import (
        ServiceCategoryResourceAttributes,
    )


T = TypeVar("T", bound="ServiceCategoryResource")


@_attrs_define
class ServiceCategoryResource(LazyModel):
    type: Literal["service_category"]
    """ Literal JSON:API resource type """
    id: str
    """ Service Category ID """
    attributes: ServiceCategoryResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_category_resource_attributes import (
            ServiceCategoryResourceAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = cast(Literal["service_category"], d.pop("type"))
        if type != "service_category":
            raise ValueError(f"type must match const 'service_category', got '{type}'")

        id = d.pop("id")

        attributes = ServiceCategoryResourceAttributes.from_dict(d.pop("attributes"))

        service_category_resource = cls(
            type=type,
            id=id,
            attributes=attributes,
        )

        return service_category_resource


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["service_category"]:
    type = cast(Literal["service_category"], json_value)
    if type != "service_category":
        raise ValueError(f"type must match const 'service_category', got '{type}'")
    return type


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> ServiceCategoryResourceAttributes:
    from ..models.service_category_resource_attributes import (
        ServiceCategoryResourceAttributes,  # noqa: PLC0415
    )

    attributes = ServiceCategoryResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


ServiceCategoryResource._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", None, True),
    "attributes": ("attributes", _read_attributes, True),
}
