from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductListItem")


@_attrs_define
class ProductListItem(LazyModel):
    title: str | Unset = UNSET
    """ Product title """
    value: str | Unset = UNSET
    """ Product value (usually same as title) """
    label: str | Unset = UNSET
    """ Product label for display """
    article: str | Unset = UNSET
    """ Product article/SKU """
    category: str | Unset = UNSET
    """ Category name """
    category_id: int | Unset = UNSET
    """ Category ID """
    salon_id: int | Unset = UNSET
    """ Location ID """
    good_id: int | Unset = UNSET
    """ Product ID """
    cost: float | Unset = UNSET
    """ Product cost """
    unit_id: int | Unset = UNSET
    """ Unit ID """
    unit_short_title: str | Unset = UNSET
    """ Unit short title (e.g. pc, gr) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        good_id = self.good_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        product_list_item = cls(
            title=title,
            value=value,
            label=label,
            article=article,
            category=category,
            category_id=category_id,
            salon_id=salon_id,
            good_id=good_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
        )

        product_list_item.additional_properties = d
        return product_list_item

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


_DECLARED_KEYS = frozenset(
    {
        "title",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ProductListItem._lazy_fields = {
    "title": ("title", None, False),
    "value": ("value", None, False),
    "label": ("label", None, False),
    "article": ("article", None, False),
    "category": ("category", None, False),
    "category_id": ("category_id", None, False),
    "salon_id": ("salon_id", None, False),
    "good_id": ("good_id", None, False),
    "cost": ("cost", None, False),
    "unit_id": ("unit_id", None, False),
    "unit_short_title": ("unit_short_title", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ProductListItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.value = get("value", UNSET)
    model.label = get("label", UNSET)
    model.article = get("article", UNSET)
    model.category = get("category", UNSET)
    model.category_id = get("category_id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.cost = get("cost", UNSET)
    model.unit_id = get("unit_id", UNSET)
    model.unit_short_title = get("unit_short_title", UNSET)


def _fill_converted(
    model: ProductListItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: ProductListItem | None = None) -> ProductListItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ProductListItem._lazy(json_value, parse_ctx)
        model = new_model(ProductListItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ProductListItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ProductListItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ProductListItem
        del model._raw, model._context
    return model


ProductListItem._lazy_fill = (_fill_plain, _fill_converted, _build)
