from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
)

T = TypeVar("T", bound="PositionResourceAttributes")


@_attrs_define
class PositionResourceAttributes(LazyModel):
    title: str
    """ Position title """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        position_resource_attributes = cls(
            title=title,
        )

        return position_resource_attributes


PositionResourceAttributes._lazy_fields = {
    "title": ("title", None, True),
}


def _fill_plain(model: PositionResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]


def _fill_converted(
    model: PositionResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: PositionResourceAttributes | None = None
) -> PositionResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return PositionResourceAttributes._lazy(json_value, parse_ctx)
        model = object.__new__(PositionResourceAttributes)
        model._raw = json_value
        model._context = parse_ctx
        model._reads = None
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]

    return model


PositionResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
