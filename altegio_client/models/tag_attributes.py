from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.tag_attributes_entity_type import (
    TagAttributesEntityType,
    check_tag_attributes_entity_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagAttributes")


@_attrs_define
class TagAttributes(LazyModel):
    """Tag attributes (v2 API JSON:API format)"""

    company_id: int
    """ Location ID """
    title: str
    """ Tag name """
    color: str
    """ Tag background color in """
    entity_type: TagAttributesEntityType
    """ Literal entity alias. `client` identifies Booking Users and `record`
    identifies Appointments.
     """
    is_deleted: bool
    """ Whether the Tag is deleted """
    is_editable: bool
    """ Whether the Tag can be updated or deleted """
    font_color: str | Unset = UNSET
    """ Tag font color in """
    icon: str | Unset = UNSET
    """ Icon name """
    salon_id: int | Unset = UNSET
    """ Deprecated wire field for Location ID; use `company_id` """
    entity: int | Unset = UNSET
    """ Deprecated numeric entity type: 0 general, 1 Booking User, 2 Appointment, 3 Event """
    entity_slug: str | Unset = UNSET
    """ Deprecated literal entity alias; use `entity_type` """
    deleted: int | Unset = UNSET
    """ Deprecated deletion wire value; use `is_deleted` """
    not_editable: int | Unset = UNSET
    """ Deprecated editability wire value; use `is_editable` """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        color = self.color

        entity_type: str = self.entity_type

        is_deleted = self.is_deleted

        is_editable = self.is_editable

        font_color = self.font_color

        icon = self.icon

        salon_id = self.salon_id

        entity = self.entity

        entity_slug = self.entity_slug

        deleted = self.deleted

        not_editable = self.not_editable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "color": color,
                "entity_type": entity_type,
                "is_deleted": is_deleted,
                "is_editable": is_editable,
            }
        )
        if font_color is not UNSET:
            field_dict["font_color"] = font_color
        if icon is not UNSET:
            field_dict["icon"] = icon
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if entity_slug is not UNSET:
            field_dict["entity_slug"] = entity_slug
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_editable is not UNSET:
            field_dict["not_editable"] = not_editable

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        title = d.pop("title")

        color = d.pop("color")

        entity_type = check_tag_attributes_entity_type(d.pop("entity_type"))

        is_deleted = d.pop("is_deleted")

        is_editable = d.pop("is_editable")

        font_color = d.pop("font_color", UNSET)

        icon = d.pop("icon", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        entity = d.pop("entity", UNSET)

        entity_slug = d.pop("entity_slug", UNSET)

        deleted = d.pop("deleted", UNSET)

        not_editable = d.pop("not_editable", UNSET)

        tag_attributes = cls(
            company_id=company_id,
            title=title,
            color=color,
            entity_type=entity_type,
            is_deleted=is_deleted,
            is_editable=is_editable,
            font_color=font_color,
            icon=icon,
            salon_id=salon_id,
            entity=entity,
            entity_slug=entity_slug,
            deleted=deleted,
            not_editable=not_editable,
        )

        return tag_attributes


def _read_entity_type(json_value: Any, parse_ctx: ParseContext) -> TagAttributesEntityType:

    entity_type = check_tag_attributes_entity_type(json_value)

    return entity_type


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


TagAttributes._lazy_fields = {
    "company_id": ("company_id", None, True),
    "title": ("title", None, True),
    "color": ("color", None, True),
    "entity_type": ("entity_type", _read_entity_type, True),
    "is_deleted": ("is_deleted", None, True),
    "is_editable": ("is_editable", None, True),
    "font_color": ("font_color", None, False),
    "icon": ("icon", None, False),
    "salon_id": ("salon_id", None, False),
    "entity": ("entity", None, False),
    "entity_slug": ("entity_slug", None, False),
    "deleted": ("deleted", None, False),
    "not_editable": ("not_editable", None, False),
}


def _fill_plain(model: TagAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "color" in json_value:
        model.color = json_value["color"]
    if "is_deleted" in json_value:
        model.is_deleted = json_value["is_deleted"]
    if "is_editable" in json_value:
        model.is_editable = json_value["is_editable"]
    model.font_color = get("font_color", UNSET)
    model.icon = get("icon", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.entity = get("entity", UNSET)
    model.entity_slug = get("entity_slug", UNSET)
    model.deleted = get("deleted", UNSET)
    model.not_editable = get("not_editable", UNSET)


def _fill_converted(
    model: TagAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "entity_type" not in done:
        try:
            model.entity_type = _read_entity_type(json_value["entity_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: TagAttributes | None = None) -> TagAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return TagAttributes._lazy(json_value, parse_ctx)
        model = new_model(TagAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(TagAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_entity_type,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_entity_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.entity_type = _read_entity_type(value_entity_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(TagAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = TagAttributes
        del model._raw, model._context
    return model


TagAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
