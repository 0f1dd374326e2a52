from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._lazy import LazyModel, ParseContext

if TYPE_CHECKING:
    from ..models.error_response_meta import ErrorResponseMeta


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(LazyModel):
    success: bool
    data: None
    meta: ErrorResponseMeta

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response_meta import ErrorResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = d.pop("data")

        meta = ErrorResponseMeta.from_dict(d.pop("meta"))

        error_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        return error_response


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ErrorResponseMeta:
    from ..models.error_response_meta import ErrorResponseMeta  # noqa: PLC0415

    meta = ErrorResponseMeta._lazy(json_value, parse_ctx)

    return meta


ErrorResponse._lazy_fields = {
    "success": ("success", None, True),
    "data": ("data", None, True),
    "meta": ("meta", _read_meta, True),
}
