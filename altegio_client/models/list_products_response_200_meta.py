from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext

if TYPE_CHECKING:
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListProductsResponse200Meta")


@_attrs_define
class ListProductsResponse200Meta(LazyModel):
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        list_products_response_200_meta = cls(
            pagination=pagination,
        )

        return list_products_response_200_meta


def _read_pagination(json_value: Any, parse_ctx: ParseContext) -> Pagination:
    from ..models.pagination import Pagination  # noqa: PLC0415

    pagination = Pagination._lazy(json_value, parse_ctx)

    return pagination


ListProductsResponse200Meta._lazy_fields = {
    "pagination": ("pagination", _read_pagination, True),
}
