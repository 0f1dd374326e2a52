from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="UnitResourceAttributes")


@_attrs_define
class UnitResourceAttributes(LazyModel):
    company_id: int
    """ Location ID for a custom Unit; `0` for a shared system Unit """
    title: str
    """ Full Unit name """
    short_title: str
    """ Abbreviated Unit name """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        short_title = self.short_title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "short_title": short_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        title = d.pop("title")

        short_title = d.pop("short_title")

        unit_resource_attributes = cls(
            company_id=company_id,
            title=title,
            short_title=short_title,
        )

        return unit_resource_attributes


UnitResourceAttributes._lazy_fields = {
    "company_id": ("company_id", None, True),
    "title": ("title", None, True),
    "short_title": ("short_title", None, True),
}
