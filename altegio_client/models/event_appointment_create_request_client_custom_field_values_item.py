from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext

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


def _fill_plain(model: EventAppointmentCreateRequestClientCustomFieldValuesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "code" in json_value:
        model.code = json_value["code"]
    if "value" in json_value:
        model.value = json_value["value"]


def _fill_converted(
    model: EventAppointmentCreateRequestClientCustomFieldValuesItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    return


EventAppointmentCreateRequestClientCustomFieldValuesItem._lazy_fill = (_fill_plain, _fill_converted)
