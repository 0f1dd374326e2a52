from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship


T = TypeVar("T", bound="ProductCategoryResourceRelationships")


@_attrs_define
class ProductCategoryResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    child_categories: ToManyRelationship | Unset = UNSET
    goods: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        child_categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_categories, Unset):
            child_categories = self.child_categories.to_dict()

        goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goods, Unset):
            goods = self.goods.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if child_categories is not UNSET:
            field_dict["child_categories"] = child_categories
        if goods is not UNSET:
            field_dict["goods"] = goods

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _child_categories = d.pop("child_categories", UNSET)
        child_categories: ToManyRelationship | Unset
        if isinstance(_child_categories, Unset):
            child_categories = UNSET
        else:
            child_categories = ToManyRelationship.from_dict(_child_categories)

        _goods = d.pop("goods", UNSET)
        goods: ToManyRelationship | Unset
        if isinstance(_goods, Unset):
            goods = UNSET
        else:
            goods = ToManyRelationship.from_dict(_goods)

        product_category_resource_relationships = cls(
            child_categories=child_categories,
            goods=goods,
        )

        return product_category_resource_relationships


def _read_child_categories(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _child_categories = json_value
    child_categories: ToManyRelationship | Unset
    if isinstance(_child_categories, Unset):
        child_categories = UNSET
    else:
        child_categories = ToManyRelationship._lazy(_child_categories, parse_ctx)

    return child_categories


def _read_goods(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _goods = json_value
    goods: ToManyRelationship | Unset
    if isinstance(_goods, Unset):
        goods = UNSET
    else:
        goods = ToManyRelationship._lazy(_goods, parse_ctx)

    return goods


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductCategoryResourceRelationships._lazy_fields = {
    "child_categories": ("child_categories", _read_child_categories, False),
    "goods": ("goods", _read_goods, False),
}


def _fill_plain(model: ProductCategoryResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ProductCategoryResourceRelationships,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "child_categories" not in done:
        value = get("child_categories", UNSET)
        if value is UNSET:
            model.child_categories = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.child_categories = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "goods" not in done:
        value = get("goods", UNSET)
        if value is UNSET:
            model.goods = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.goods = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ProductCategoryResourceRelationships | None = None
) -> ProductCategoryResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductCategoryResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            ProductCategoryResourceRelationships
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
        layout = layout_of(ProductCategoryResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_child_categories, value_goods = fill(json_value, model)
    if value_child_categories is UNSET:
        model.child_categories = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.child_categories = build(value_child_categories, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_goods is UNSET:
        model.goods = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.goods = build(value_goods, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductCategoryResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductCategoryResourceRelationships
        del model._raw, model._context
    return model


ProductCategoryResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
