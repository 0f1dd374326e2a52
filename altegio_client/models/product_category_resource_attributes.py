from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="ProductCategoryResourceAttributes")


@_attrs_define
class ProductCategoryResourceAttributes(LazyModel):
    title: str
    """ Product Category name """
    is_chain: bool
    """ Whether the Product Category belongs to the Chain catalog """
    parent_category_id: int | None
    """ Parent Product Category ID; `null` for a root category """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        is_chain = self.is_chain

        parent_category_id: int | None
        parent_category_id = self.parent_category_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "is_chain": is_chain,
                "parent_category_id": parent_category_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        is_chain = d.pop("is_chain")

        def _parse_parent_category_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_category_id = _parse_parent_category_id(d.pop("parent_category_id"))

        product_category_resource_attributes = cls(
            title=title,
            is_chain=is_chain,
            parent_category_id=parent_category_id,
        )

        return product_category_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductCategoryResourceAttributes._lazy_fields = {
    "title": ("title", None, True),
    "is_chain": ("is_chain", None, True),
    "parent_category_id": ("parent_category_id", None, True),
}


def _fill_plain(model: ProductCategoryResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "is_chain" in json_value:
        model.is_chain = json_value["is_chain"]
    if "parent_category_id" in json_value:
        model.parent_category_id = json_value["parent_category_id"]


def _fill_converted(
    model: ProductCategoryResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ProductCategoryResourceAttributes | None = None
) -> ProductCategoryResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductCategoryResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            ProductCategoryResourceAttributes
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductCategoryResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductCategoryResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductCategoryResourceAttributes
        del model._raw, model._context
    return model


ProductCategoryResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
