from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="CustomFieldUiOptionResourceAttributes")


@_attrs_define
class CustomFieldUiOptionResourceAttributes(LazyModel):
    slug: str
    """ UI Option key """
    value: bool
    """ Whether the UI Option is enabled """

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        value = d.pop("value")

        custom_field_ui_option_resource_attributes = cls(
            slug=slug,
            value=value,
        )

        return custom_field_ui_option_resource_attributes


CustomFieldUiOptionResourceAttributes._lazy_fields = {
    "slug": ("slug", None, True),
    "value": ("value", None, True),
}
