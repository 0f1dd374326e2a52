from __future__ import annotations

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
    from ..models.employment_profile_resource_attributes import (
        EmploymentProfileResourceAttributes,
    )


T = TypeVar("T", bound="EmploymentProfileResource")


@_attrs_define
class EmploymentProfileResource(LazyModel):
    type_: Literal["employee"]
    """ Literal JSON:API resource type """
    id: str
    """ Employment profile ID """
    attributes: EmploymentProfileResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.employment_profile_resource_attributes import (
            EmploymentProfileResourceAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["employee"], d.pop("type"))
        if type_ != "employee":
            raise ValueError(f"type must match const 'employee', got '{type_}'")

        id = d.pop("id")

        attributes = EmploymentProfileResourceAttributes.from_dict(d.pop("attributes"))

        employment_profile_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return employment_profile_resource


def _read_type_(json_value: Any, parse_ctx: ParseContext) -> Literal["employee"]:
    type_ = cast(Literal["employee"], json_value)
    if type_ != "employee":
        raise ValueError(f"type must match const 'employee', got '{type_}'")
    return type_


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> EmploymentProfileResourceAttributes:
    from ..models.employment_profile_resource_attributes import (
        EmploymentProfileResourceAttributes,  # noqa: PLC0415
    )

    attributes = EmploymentProfileResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


EmploymentProfileResource._lazy_fields = {
    "type_": ("type", _read_type_, True),
    "id": ("id", None, True),
    "attributes": ("attributes", _read_attributes, True),
}
