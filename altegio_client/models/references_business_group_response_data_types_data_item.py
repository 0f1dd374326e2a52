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
    from ..models.references_business_group_response_data_types_data_item_types_item import (
        ReferencesBusinessGroupResponseDataTypesDataItemTypesItem,
    )


T = TypeVar("T", bound="ReferencesBusinessGroupResponseDataTypesDataItem")


@_attrs_define
class ReferencesBusinessGroupResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Category ID """
    title: str | Unset = UNSET
    """ name of category """
    image: str | Unset = UNSET
    """ Group image """
    image_small: str | Unset = UNSET
    """ Group small image """
    types: list[ReferencesBusinessGroupResponseDataTypesDataItemTypesItem] | Unset = UNSET
    """ Related business types """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        image = self.image

        image_small = self.image_small

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image
        if image_small is not UNSET:
            field_dict["image_small"] = image_small
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.references_business_group_response_data_types_data_item_types_item import (
            ReferencesBusinessGroupResponseDataTypesDataItemTypesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        image = d.pop("image", UNSET)

        image_small = d.pop("image_small", UNSET)

        _types = d.pop("types", UNSET)
        types: list[ReferencesBusinessGroupResponseDataTypesDataItemTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = ReferencesBusinessGroupResponseDataTypesDataItemTypesItem.from_dict(types_item_data)

                types.append(types_item)

        references_business_group_response_data_types_data_item = cls(
            id=id,
            title=title,
            image=image,
            image_small=image_small,
            types=types,
        )

        references_business_group_response_data_types_data_item.additional_properties = d
        return references_business_group_response_data_types_data_item

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


def _read_types(
    json_value: Any, parse_ctx: ParseContext
) -> list[ReferencesBusinessGroupResponseDataTypesDataItemTypesItem] | Unset:
    ReferencesBusinessGroupResponseDataTypesDataItemTypesItem = MODEL_CLASSES.get(
        "altegio_client.models.references_business_group_response_data_types_data_item_types_item"
    ) or model_class(
        "altegio_client.models.references_business_group_response_data_types_data_item_types_item",
        "ReferencesBusinessGroupResponseDataTypesDataItemTypesItem",
    )

    _types = json_value
    types: list[ReferencesBusinessGroupResponseDataTypesDataItemTypesItem] | Unset = UNSET
    if _types is not UNSET:
        types = ReferencesBusinessGroupResponseDataTypesDataItemTypesItem._lazy_list(_types, parse_ctx)

    return types


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "image",
        "image_small",
        "types",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ReferencesBusinessGroupResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "image": ("image", None, False),
    "image_small": ("image_small", None, False),
    "types": ("types", _read_types, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ReferencesBusinessGroupResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.image = get("image", UNSET)
    model.image_small = get("image_small", UNSET)


def _fill_converted(
    model: ReferencesBusinessGroupResponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "types" not in done:
        value = get("types", UNSET)
        if value is UNSET:
            model.types = UNSET
        elif value == []:
            model.types = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.references_business_group_response_data_types_data_item_types_item"
            ) or model_builder(
                "altegio_client.models.references_business_group_response_data_types_data_item_types_item",
                "ReferencesBusinessGroupResponseDataTypesDataItemTypesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.types = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ReferencesBusinessGroupResponseDataTypesDataItem | None = None
) -> ReferencesBusinessGroupResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ReferencesBusinessGroupResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            ReferencesBusinessGroupResponseDataTypesDataItem
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
        layout = layout_of(ReferencesBusinessGroupResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_types,) = fill(json_value, model)
    if value_types is UNSET:
        model.types = UNSET
    elif value_types == []:
        model.types = value_types  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.references_business_group_response_data_types_data_item_types_item"
        ) or model_builder(
            "altegio_client.models.references_business_group_response_data_types_data_item_types_item",
            "ReferencesBusinessGroupResponseDataTypesDataItemTypesItem",
        )
        try:
            if _builtins.type(value_types) is not list:
                raise TypeError
            model.types = [build(item, parse_ctx) for item in value_types]
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
        model.__class__ = lazily_read_class(ReferencesBusinessGroupResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ReferencesBusinessGroupResponseDataTypesDataItem
        del model._raw, model._context
    return model


ReferencesBusinessGroupResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
