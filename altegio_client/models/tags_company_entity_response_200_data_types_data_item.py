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

T = TypeVar("T", bound="TagsCompanyEntityResponse200DataTypesDataItem")


@_attrs_define
class TagsCompanyEntityResponse200DataTypesDataItem(LazyModel):
    id: int | str | Unset = UNSET
    """ Tag ID """
    salon_id: int | str | Unset = UNSET
    """ Location ID """
    title: str | Unset = UNSET
    """ Tag name """
    color: str | Unset = UNSET
    """ Tag color in #RRGGBB format """
    icon: str | Unset = UNSET
    """ Icon name """
    slug: str | Unset = UNSET
    """ Tag slug """
    entity: int | str | Unset = UNSET
    """ Tag type (1 - client, 2 - appointment, 3 - event) """
    deleted: int | str | Unset = UNSET
    """ Delete mark (0 - active, 1 - deleted) """
    not_editable: int | str | Unset = UNSET
    """ Whether tag changes are allowed (0 - allowed, 1 - not allowed) """
    font_color: str | Unset = UNSET
    """ Font color in #RRGGBB format """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        salon_id: int | str | Unset
        if isinstance(self.salon_id, Unset):
            salon_id = UNSET
        else:
            salon_id = self.salon_id

        title = self.title

        color = self.color

        icon = self.icon

        slug = self.slug

        entity: int | str | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        else:
            entity = self.entity

        deleted: int | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        not_editable: int | str | Unset
        if isinstance(self.not_editable, Unset):
            not_editable = UNSET
        else:
            not_editable = self.not_editable

        font_color = self.font_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if slug is not UNSET:
            field_dict["slug"] = slug
        if entity is not UNSET:
            field_dict["entity"] = entity
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable
        if font_color is not UNSET:
            field_dict["font_color"] = font_color

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_salon_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        salon_id = _parse_salon_id(d.pop("salon_id", UNSET))

        title = d.pop("title", UNSET)

        color = d.pop("color", UNSET)

        icon = d.pop("icon", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_entity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        entity = _parse_entity(d.pop("entity", UNSET))

        def _parse_deleted(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_not_editable(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        not_editable = _parse_not_editable(d.pop("not_editable", UNSET))

        font_color = d.pop("font_color", UNSET)

        tags_company_entity_response_200_data_types_data_item = cls(
            id=id,
            salon_id=salon_id,
            title=title,
            color=color,
            icon=icon,
            slug=slug,
            entity=entity,
            deleted=deleted,
            not_editable=not_editable,
            font_color=font_color,
        )

        tags_company_entity_response_200_data_types_data_item.additional_properties = d
        return tags_company_entity_response_200_data_types_data_item

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
        "salon_id",
        "title",
        "color",
        "icon",
        "slug",
        "entity",
        "deleted",
        "not_editable",
        "font_color",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TagsCompanyEntityResponse200DataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "salon_id": ("salon_id", None, False),
    "title": ("title", None, False),
    "color": ("color", None, False),
    "icon": ("icon", None, False),
    "slug": ("slug", None, False),
    "entity": ("entity", None, False),
    "deleted": ("deleted", None, False),
    "not_editable": ("not_editable", None, False),
    "font_color": ("font_color", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: TagsCompanyEntityResponse200DataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.title = get("title", UNSET)
    model.color = get("color", UNSET)
    model.icon = get("icon", UNSET)
    model.slug = get("slug", UNSET)
    model.entity = get("entity", UNSET)
    model.deleted = get("deleted", UNSET)
    model.not_editable = get("not_editable", UNSET)
    model.font_color = get("font_color", UNSET)


def _fill_converted(
    model: TagsCompanyEntityResponse200DataTypesDataItem,
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
    json_value: Any, parse_ctx: ParseContext, model: TagsCompanyEntityResponse200DataTypesDataItem | None = None
) -> TagsCompanyEntityResponse200DataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TagsCompanyEntityResponse200DataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            TagsCompanyEntityResponse200DataTypesDataItem
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
        layout = layout_of(TagsCompanyEntityResponse200DataTypesDataItem, keys)
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
        model.__class__ = lazily_read_class(TagsCompanyEntityResponse200DataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TagsCompanyEntityResponse200DataTypesDataItem
        del model._raw, model._context
    return model


TagsCompanyEntityResponse200DataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
