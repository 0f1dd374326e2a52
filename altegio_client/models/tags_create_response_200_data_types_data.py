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

T = TypeVar("T", bound="TagsCreateResponse200DataTypesData")


@_attrs_define
class TagsCreateResponse200DataTypesData(LazyModel):
    """Object with data"""

    title: str | Unset = UNSET
    """ name of tag """
    salon_id: int | Unset = UNSET
    """ ID of the location that the tag belongs to """
    color: str | Unset = UNSET
    """ Tag color in #RRGGBB format """
    entity: float | Unset = UNSET
    """ Tag type (1 - tag for customers, 2 - tag for appointments) """
    id: int | Unset = UNSET
    """ Tag ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        salon_id = self.salon_id

        color = self.color

        entity = self.entity

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if color is not UNSET:
            field_dict["color"] = color
        if entity is not UNSET:
            field_dict["entity"] = entity
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        color = d.pop("color", UNSET)

        entity = d.pop("entity", UNSET)

        id = d.pop("id", UNSET)

        tags_create_response_200_data_types_data = cls(
            title=title,
            salon_id=salon_id,
            color=color,
            entity=entity,
            id=id,
        )

        tags_create_response_200_data_types_data.additional_properties = d
        return tags_create_response_200_data_types_data

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
        "salon_id",
        "color",
        "entity",
        "id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TagsCreateResponse200DataTypesData._lazy_fields = {
    "title": ("title", None, False),
    "salon_id": ("salon_id", None, False),
    "color": ("color", None, False),
    "entity": ("entity", None, False),
    "id": ("id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TagsCreateResponse200DataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.color = get("color", UNSET)
    model.entity = get("entity", UNSET)
    model.id = get("id", UNSET)


def _fill_converted(
    model: TagsCreateResponse200DataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: TagsCreateResponse200DataTypesData | None = None
) -> TagsCreateResponse200DataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TagsCreateResponse200DataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            TagsCreateResponse200DataTypesData
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
        layout = layout_of(TagsCreateResponse200DataTypesData, keys)
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
        model.__class__ = lazily_read_class(TagsCreateResponse200DataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TagsCreateResponse200DataTypesData
        del model._raw, model._context
    return model


TagsCreateResponse200DataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
