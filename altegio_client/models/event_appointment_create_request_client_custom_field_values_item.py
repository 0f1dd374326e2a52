from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="EventAppointmentCreateRequestClientCustomFieldValuesItem")


@_attrs_define
class EventAppointmentCreateRequestClientCustomFieldValuesItem(LazyModel):
    code: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        value = d.pop("value")

        event_appointment_create_request_client_custom_field_values_item = cls(
            code=code,
            value=value,
        )

        return event_appointment_create_request_client_custom_field_values_item


EventAppointmentCreateRequestClientCustomFieldValuesItem._lazy_fields = {
    "code": ("code", None, True),
    "value": ("value", None, True),
}
