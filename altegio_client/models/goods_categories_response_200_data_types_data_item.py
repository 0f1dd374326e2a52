from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="GoodsCategoriesResponse200DataTypesDataItem")


@_attrs_define
class GoodsCategoriesResponse200DataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Product category ID """
    title: str | Unset = UNSET
    """ Product category name """
    parent_category_id: int | None | Unset = UNSET
    """ Parent category ID (null for top-level categories) """
    is_chain: bool | Unset = UNSET
    """ Whether the category belongs to the chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        parent_category_id: int | None | Unset
        if isinstance(self.parent_category_id, Unset):
            parent_category_id = UNSET
        else:
            parent_category_id = self.parent_category_id

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if parent_category_id is not UNSET:
            field_dict["parent_category_id"] = parent_category_id
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        def _parse_parent_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_category_id = _parse_parent_category_id(d.pop("parent_category_id", UNSET))

        is_chain = d.pop("is_chain", UNSET)

        goods_categories_response_200_data_types_data_item = cls(
            id=id,
            title=title,
            parent_category_id=parent_category_id,
            is_chain=is_chain,
        )

        goods_categories_response_200_data_types_data_item.additional_properties = d
        return goods_categories_response_200_data_types_data_item

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
        "id",
        "title",
        "parent_category_id",
        "is_chain",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GoodsCategoriesResponse200DataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "parent_category_id": ("parent_category_id", None, False),
    "is_chain": ("is_chain", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsCategoriesResponse200DataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.parent_category_id = get("parent_category_id", UNSET)
    model.is_chain = get("is_chain", UNSET)


def _fill_converted(
    model: GoodsCategoriesResponse200DataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GoodsCategoriesResponse200DataTypesDataItem | None = None
) -> GoodsCategoriesResponse200DataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GoodsCategoriesResponse200DataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            GoodsCategoriesResponse200DataTypesDataItem
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
        layout = layout_of(GoodsCategoriesResponse200DataTypesDataItem, keys)
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
        model.__class__ = lazily_read_class(GoodsCategoriesResponse200DataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GoodsCategoriesResponse200DataTypesDataItem
        del model._raw, model._context
    return model


GoodsCategoriesResponse200DataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
