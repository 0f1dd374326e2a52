from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination(LazyModel):
    page: int
    offset: int
    limit: int

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "page": page,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        offset = d.pop("offset")

        limit = d.pop("limit")

        pagination = cls(
            page=page,
            offset=offset,
            limit=limit,
        )

        return pagination


Pagination._lazy_fields = {
    "page": ("page", None, True),
    "offset": ("offset", None, True),
    "limit": ("limit", None, True),
}
