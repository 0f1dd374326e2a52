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


T = TypeVar("T", bound="UpdateTagResponse401")


@_attrs_define
class UpdateTagResponse401(LazyModel):
    success: bool | Unset = UNSET
    data: None | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        data = d.pop("data", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: JsonObject | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = JsonObject.from_dict(_meta)

        update_tag_response_401 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        update_tag_response_401.additional_properties = d
        return update_tag_response_401

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


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> JsonObject | Unset:
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _meta = json_value
    meta: JsonObject | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = JsonObject._lazy(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


UpdateTagResponse401._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", None, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}
