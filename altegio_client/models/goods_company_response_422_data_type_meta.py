from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lazy import LazyModel, ParseContext
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage


T = TypeVar("T", bound="GoodsCompanyResponse422DataTypeMeta")


@_attrs_define
class GoodsCompanyResponse422DataTypeMeta(LazyModel):
    """Contains an error message"""

    message: str | Unset = UNSET
    errors: list[ErrorMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

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
        from ..models.error_message import ErrorMessage  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorMessage] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorMessage.from_dict(errors_item_data)

                errors.append(errors_item)

        goods_company_response_422_data_type_meta = cls(
            message=message,
            errors=errors,
        )

        goods_company_response_422_data_type_meta.additional_properties = d
        return goods_company_response_422_data_type_meta

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


def _read_errors(json_value: Any, parse_ctx: ParseContext) -> list[ErrorMessage] | Unset:
    from ..models.error_message import ErrorMessage  # noqa: PLC0415

    _errors = json_value
    errors: list[ErrorMessage] | Unset = UNSET
    if _errors is not UNSET:
        errors = ErrorMessage._lazy_list(_errors, parse_ctx)

    return errors


_DECLARED_KEYS = frozenset(
    {
        "message",
        "errors",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


GoodsCompanyResponse422DataTypeMeta._lazy_fields = {
    "message": ("message", None, False),
    "errors": ("errors", _read_errors, False),
    "additional_properties": (None, _read_additional_properties, False),
}
