from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._lazy import LazyModel, ParseContext

T = TypeVar("T", bound="EventAppointmentCreateRequestClientCustomFieldValuesType0Item")


@_attrs_define
class EventAppointmentCreateRequestClientCustomFieldValuesType0Item(LazyModel):
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        value = d.pop("value")

        event_appointment_create_request_client_custom_field_values_type_0_item = cls(
            code=code,
            value=value,
        )

        return event_appointment_create_request_client_custom_field_values_type_0_item


EventAppointmentCreateRequestClientCustomFieldValuesType0Item._lazy_fields = {
    "code": ("code", None, True),
    "value": ("value", None, True),
}


def _fill_plain(
    model: EventAppointmentCreateRequestClientCustomFieldValuesType0Item, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    if "code" in json_value:
        model.code = json_value["code"]
    if "value" in json_value:
        model.value = json_value["value"]


def _fill_converted(
    model: EventAppointmentCreateRequestClientCustomFieldValuesType0Item,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    return


EventAppointmentCreateRequestClientCustomFieldValuesType0Item._lazy_fill = (_fill_plain, _fill_converted)
