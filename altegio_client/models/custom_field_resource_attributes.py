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
from ..models.custom_field_resource_attributes_entity_slug import (
    CustomFieldResourceAttributesEntitySlug,
    check_custom_field_resource_attributes_entity_slug,
)
from ..models.custom_field_resource_attributes_parent_entity_type import (
    CustomFieldResourceAttributesParentEntityType,
    check_custom_field_resource_attributes_parent_entity_type,
)
from ..types import UNSET

T = TypeVar("T", bound="CustomFieldResourceAttributes")


@_attrs_define
class CustomFieldResourceAttributes(LazyModel):
    code: str
    """ Deprecated Custom Field key; use `slug` """
    slug: str
    """ Custom Field key used in API payloads """
    parent_entity_type: CustomFieldResourceAttributesParentEntityType
    """ Deprecated entity wire value; use `entity_slug` """
    entity_slug: CustomFieldResourceAttributesEntitySlug
    """ Entity wire value. `record` means Appointment and `client` means
    Booking User.
     """
    relation_entity_type: None
    """ Reserved wire field; currently always `null` """
    show_in_ui: bool
    """ Deprecated visibility flag; use `is_visible` """
    is_visible: bool
    """ Whether the Custom Field is visible in Altegio interfaces """
    title: str
    """ Custom Field name """
    user_can_edit: bool
    """ Deprecated editability flag; use `is_editable` """
    is_editable: bool
    """ Whether Business Users can edit the Custom Field value """
    is_required: bool
    """ Whether a value is required """
    weight: int
    """ Display order """
    values: list[Any]
    """ Configured values for list-like Custom Fields """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        slug = self.slug

        parent_entity_type: str = self.parent_entity_type

        entity_slug: str = self.entity_slug

        relation_entity_type = self.relation_entity_type

        show_in_ui = self.show_in_ui

        is_visible = self.is_visible

        title = self.title

        user_can_edit = self.user_can_edit

        is_editable = self.is_editable

        is_required = self.is_required

        weight = self.weight

        values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "slug": slug,
                "parent_entity_type": parent_entity_type,
                "entity_slug": entity_slug,
                "relation_entity_type": relation_entity_type,
                "show_in_ui": show_in_ui,
                "is_visible": is_visible,
                "title": title,
                "user_can_edit": user_can_edit,
                "is_editable": is_editable,
                "is_required": is_required,
                "weight": weight,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        slug = d.pop("slug")

        parent_entity_type = check_custom_field_resource_attributes_parent_entity_type(d.pop("parent_entity_type"))

        entity_slug = check_custom_field_resource_attributes_entity_slug(d.pop("entity_slug"))

        relation_entity_type = d.pop("relation_entity_type")

        show_in_ui = d.pop("show_in_ui")

        is_visible = d.pop("is_visible")

        title = d.pop("title")

        user_can_edit = d.pop("user_can_edit")

        is_editable = d.pop("is_editable")

        is_required = d.pop("is_required")

        weight = d.pop("weight")

        values = cast(list[Any], d.pop("values"))

        custom_field_resource_attributes = cls(
            code=code,
            slug=slug,
            parent_entity_type=parent_entity_type,
            entity_slug=entity_slug,
            relation_entity_type=relation_entity_type,
            show_in_ui=show_in_ui,
            is_visible=is_visible,
            title=title,
            user_can_edit=user_can_edit,
            is_editable=is_editable,
            is_required=is_required,
            weight=weight,
            values=values,
        )

        return custom_field_resource_attributes


def _read_parent_entity_type(json_value: Any, parse_ctx: ParseContext) -> CustomFieldResourceAttributesParentEntityType:

    parent_entity_type = check_custom_field_resource_attributes_parent_entity_type(json_value)

    return parent_entity_type


def _read_entity_slug(json_value: Any, parse_ctx: ParseContext) -> CustomFieldResourceAttributesEntitySlug:

    entity_slug = check_custom_field_resource_attributes_entity_slug(json_value)

    return entity_slug


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CustomFieldResourceAttributes._lazy_fields = {
    "code": ("code", None, True),
    "slug": ("slug", None, True),
    "parent_entity_type": ("parent_entity_type", _read_parent_entity_type, True),
    "entity_slug": ("entity_slug", _read_entity_slug, True),
    "relation_entity_type": ("relation_entity_type", None, True),
    "show_in_ui": ("show_in_ui", None, True),
    "is_visible": ("is_visible", None, True),
    "title": ("title", None, True),
    "user_can_edit": ("user_can_edit", None, True),
    "is_editable": ("is_editable", None, True),
    "is_required": ("is_required", None, True),
    "weight": ("weight", None, True),
    "values": ("values", None, True),
}


def _fill_plain(model: CustomFieldResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "code" in json_value:
        model.code = json_value["code"]
    if "slug" in json_value:
        model.slug = json_value["slug"]
    if "relation_entity_type" in json_value:
        model.relation_entity_type = json_value["relation_entity_type"]
    if "show_in_ui" in json_value:
        model.show_in_ui = json_value["show_in_ui"]
    if "is_visible" in json_value:
        model.is_visible = json_value["is_visible"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "user_can_edit" in json_value:
        model.user_can_edit = json_value["user_can_edit"]
    if "is_editable" in json_value:
        model.is_editable = json_value["is_editable"]
    if "is_required" in json_value:
        model.is_required = json_value["is_required"]
    if "weight" in json_value:
        model.weight = json_value["weight"]
    if "values" in json_value:
        model.values = json_value["values"]


def _fill_converted(
    model: CustomFieldResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "parent_entity_type" not in done:
        try:
            model.parent_entity_type = _read_parent_entity_type(json_value["parent_entity_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "entity_slug" not in done:
        try:
            model.entity_slug = _read_entity_slug(json_value["entity_slug"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CustomFieldResourceAttributes | None = None
) -> CustomFieldResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CustomFieldResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(CustomFieldResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CustomFieldResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_parent_entity_type, value_entity_slug = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_parent_entity_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.parent_entity_type = _read_parent_entity_type(value_parent_entity_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_entity_slug is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.entity_slug = _read_entity_slug(value_entity_slug, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(CustomFieldResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CustomFieldResourceAttributes
        del model._raw, model._context
    return model


CustomFieldResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
