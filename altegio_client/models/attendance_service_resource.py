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
    from ..models.attendance_service_resource_attributes import (
        AttendanceServiceResourceAttributes,
    )


T = TypeVar("T", bound="AttendanceServiceResource")


@_attrs_define
class AttendanceServiceResource(LazyModel):
    type: Literal["attendance_service"]
    """ Literal JSON:API resource type """
    id: int | str
    """ Compound Attendance Service identifier """
    attributes: AttendanceServiceResourceAttributes

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        id: int | str
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
        from ..models.attendance_service_resource_attributes import (
            AttendanceServiceResourceAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type = cast(Literal["attendance_service"], d.pop("type"))
        if type != "attendance_service":
            raise ValueError(f"type must match const 'attendance_service', got '{type}'")

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        attributes = AttendanceServiceResourceAttributes.from_dict(d.pop("attributes"))

        attendance_service_resource = cls(
            type=type,
            id=id,
            attributes=attributes,
        )

        return attendance_service_resource


def _read_type(json_value: Any, parse_ctx: ParseContext) -> Literal["attendance_service"]:
    type = cast(Literal["attendance_service"], json_value)
    if type != "attendance_service":
        raise ValueError(f"type must match const 'attendance_service', got '{type}'")
    return type


def _read_id(json_value: Any, parse_ctx: ParseContext) -> int | str:
    def _parse_id(data: object) -> int | str:
        return cast(int | str, data)

    id = _parse_id(json_value)

    return id


def _read_attributes(json_value: Any, parse_ctx: ParseContext) -> AttendanceServiceResourceAttributes:
    from ..models.attendance_service_resource_attributes import (
        AttendanceServiceResourceAttributes,  # noqa: PLC0415
    )

    attributes = AttendanceServiceResourceAttributes._lazy(json_value, parse_ctx)

    return attributes


AttendanceServiceResource._lazy_fields = {
    "type": ("type", _read_type, True),
    "id": ("id", _read_id, True),
    "attributes": ("attributes", _read_attributes, True),
}
