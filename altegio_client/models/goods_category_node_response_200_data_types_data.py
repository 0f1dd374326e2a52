from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.goods_search_response_200_data_types_data_item import (
        GoodsSearchResponse200DataTypesDataItem,
    )


T = TypeVar("T", bound="GoodsCategoryNodeResponse200DataTypesData")


@_attrs_define
class GoodsCategoryNodeResponse200DataTypesData(LazyModel):
    """Object with data"""

    parent_id: int | Unset = UNSET
    """ Parent element ID (0 for root elements) """
    item_id: int | Unset = UNSET
    """ Item ID (always 0) """
    category_id: int | Unset = UNSET
    """ Product category ID """
    title: str | Unset = UNSET
    """ Product category name """
    is_chain: bool | Unset = UNSET
    """ Is the element chain-bound? true - the element is connected to the chain, false - not connected """
    is_category: bool | Unset = UNSET
    """ Is the element a category? always true """
    is_item: bool | Unset = UNSET
    """ Is the item a product? always false """
    children: list[GoodsSearchResponse200DataTypesDataItem] | Unset = UNSET
    """ Child elements of a product category """
    children_count: float | Unset = UNSET
    """ Total number of child products and categories (no recursion) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        item_id = self.item_id

        category_id = self.category_id

        title = self.title

        is_chain = self.is_chain

        is_category = self.is_category

        is_item = self.is_item

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        children_count = self.children_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if title is not UNSET:
            field_dict["title"] = title
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if is_category is not UNSET:
            field_dict["is_category"] = is_category
        if is_item is not UNSET:
            field_dict["is_item"] = is_item
        if children is not UNSET:
            field_dict["children"] = children
        if children_count is not UNSET:
            field_dict["children_count"] = children_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goods_search_response_200_data_types_data_item import (
            GoodsSearchResponse200DataTypesDataItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        parent_id = d.pop("parent_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        category_id = d.pop("category_id", UNSET)

        title = d.pop("title", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        is_category = d.pop("is_category", UNSET)

        is_item = d.pop("is_item", UNSET)

        _children = d.pop("children", UNSET)
        children: list[GoodsSearchResponse200DataTypesDataItem] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = GoodsSearchResponse200DataTypesDataItem.from_dict(children_item_data)

                children.append(children_item)

        children_count = d.pop("children_count", UNSET)

        goods_category_node_response_200_data_types_data = cls(
            parent_id=parent_id,
            item_id=item_id,
            category_id=category_id,
            title=title,
            is_chain=is_chain,
            is_category=is_category,
            is_item=is_item,
            children=children,
            children_count=children_count,
        )

        goods_category_node_response_200_data_types_data.additional_properties = d
        return goods_category_node_response_200_data_types_data

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


def _read_children(json_value: Any, parse_ctx: ParseContext) -> list[GoodsSearchResponse200DataTypesDataItem] | Unset:
    GoodsSearchResponse200DataTypesDataItem = MODEL_CLASSES.get(
        "altegio_client.models.goods_search_response_200_data_types_data_item"
    ) or model_class(
        "altegio_client.models.goods_search_response_200_data_types_data_item",
        "GoodsSearchResponse200DataTypesDataItem",
    )

    _children = json_value
    children: list[GoodsSearchResponse200DataTypesDataItem] | Unset = UNSET
    if _children is not UNSET:
        children = GoodsSearchResponse200DataTypesDataItem._lazy_list(_children, parse_ctx)

    return children


_DECLARED_KEYS = frozenset(
    {
        "parent_id",
        "item_id",
        "category_id",
        "title",
        "is_chain",
        "is_category",
        "is_item",
        "children",
        "children_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GoodsCategoryNodeResponse200DataTypesData._lazy_fields = {
    "parent_id": ("parent_id", None, False),
    "item_id": ("item_id", None, False),
    "category_id": ("category_id", None, False),
    "title": ("title", None, False),
    "is_chain": ("is_chain", None, False),
    "is_category": ("is_category", None, False),
    "is_item": ("is_item", None, False),
    "children": ("children", _read_children, False),
    "children_count": ("children_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsCategoryNodeResponse200DataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.parent_id = get("parent_id", UNSET)
    model.item_id = get("item_id", UNSET)
    model.category_id = get("category_id", UNSET)
    model.title = get("title", UNSET)
    model.is_chain = get("is_chain", UNSET)
    model.is_category = get("is_category", UNSET)
    model.is_item = get("is_item", UNSET)
    model.children_count = get("children_count", UNSET)


def _fill_converted(
    model: GoodsCategoryNodeResponse200DataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "children" not in done:
        value = get("children", UNSET)
        if value is UNSET:
            model.children = UNSET
        elif value == []:
            model.children = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.goods_search_response_200_data_types_data_item"
            ) or model_builder(
                "altegio_client.models.goods_search_response_200_data_types_data_item",
                "GoodsSearchResponse200DataTypesDataItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.children = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GoodsCategoryNodeResponse200DataTypesData | None = None
) -> GoodsCategoryNodeResponse200DataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GoodsCategoryNodeResponse200DataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            GoodsCategoryNodeResponse200DataTypesData
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
        layout = layout_of(GoodsCategoryNodeResponse200DataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_children,) = fill(json_value, model)
    if value_children is UNSET:
        model.children = UNSET
    elif value_children == []:
        model.children = value_children  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.goods_search_response_200_data_types_data_item"
        ) or model_builder(
            "altegio_client.models.goods_search_response_200_data_types_data_item",
            "GoodsSearchResponse200DataTypesDataItem",
        )
        try:
            if _builtins.type(value_children) is not list:
                raise TypeError
            model.children = [build(item, parse_ctx) for item in value_children]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(GoodsCategoryNodeResponse200DataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GoodsCategoryNodeResponse200DataTypesData
        del model._raw, model._context
    return model


GoodsCategoryNodeResponse200DataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
