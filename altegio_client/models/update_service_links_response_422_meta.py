from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="UpdateServiceLinksResponse422Meta")


@_attrs_define
class UpdateServiceLinksResponse422Meta(LazyModel):
    message: str | Unset = UNSET
    errors: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: JsonObject | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = JsonObject.from_dict(_errors)

        update_service_links_response_422_meta = cls(
            message=message,
            errors=errors,
        )

        update_service_links_response_422_meta.additional_properties = d
        return update_service_links_response_422_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_errors(json_value: Any, parse_ctx: ParseContext) -> JsonObject | Unset:
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _errors = json_value
    errors: JsonObject | Unset
    if isinstance(_errors, Unset):
        errors = UNSET
    else:
        errors = JsonObject._lazy(_errors, parse_ctx)

    return errors


_DECLARED_KEYS = frozenset(
    {
        "message",
        "errors",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


UpdateServiceLinksResponse422Meta._lazy_fields = {
    "message": ("message", None, False),
    "errors": ("errors", _read_errors, False),
    "additional_properties": (None, _read_additional_properties, False),
}
