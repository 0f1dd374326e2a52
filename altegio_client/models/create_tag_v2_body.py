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
from ..models.update_tag_body_entity import (
    UpdateTagBodyEntity,
    check_update_tag_body_entity,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTagV2Body")


@_attrs_define
class CreateTagV2Body(LazyModel):
    title: str
    """ Tag name """
    color: str
    """ Tag color in """
    entity: UpdateTagBodyEntity | Unset = 0
    """ Entity type (0 - general, 1 - Booking User, 2 - Appointment, 3 - Event) """
    icon: str | Unset = UNSET
    """ Icon name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        color = self.color

        entity: int | Unset = UNSET
        if not isinstance(self.entity, Unset):
            entity = self.entity

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "color": color,
            }
        )
        if entity is not UNSET:
            field_dict["entity"] = entity
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        color = d.pop("color")

        _entity = d.pop("entity", UNSET)
        entity: UpdateTagBodyEntity | Unset
        if isinstance(_entity, Unset):
            entity = UNSET
        else:
            entity = check_update_tag_body_entity(_entity)

        icon = d.pop("icon", UNSET)

        create_tag_v2_body = cls(
            title=title,
            color=color,
            entity=entity,
            icon=icon,
        )

        create_tag_v2_body.additional_properties = d
        return create_tag_v2_body

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


def _read_entity(json_value: Any, parse_ctx: ParseContext) -> UpdateTagBodyEntity | Unset:

    _entity = json_value
    entity: UpdateTagBodyEntity | Unset
    if isinstance(_entity, Unset):
        entity = UNSET
    else:
        entity = check_update_tag_body_entity(_entity)

    return entity


_DECLARED_KEYS = frozenset(
    {
        "title",
        "color",
        "entity",
        "icon",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateTagV2Body._lazy_fields = {
    "title": ("title", None, True),
    "color": ("color", None, True),
    "entity": ("entity", _read_entity, False),
    "icon": ("icon", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateTagV2Body, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "color" in json_value:
        model.color = json_value["color"]
    model.icon = get("icon", UNSET)


def _fill_converted(
    model: CreateTagV2Body, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "entity" not in done:
        value = get("entity", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.entity = UNSET
        else:
            try:
                model.entity = _read_entity(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: CreateTagV2Body | None = None) -> CreateTagV2Body:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateTagV2Body._lazy(json_value, parse_ctx)
        model = new_model(CreateTagV2Body)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CreateTagV2Body, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_entity,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_entity is UNSET:  # what every optional field's converter returns for it
        model.entity = UNSET
    else:
        try:
            model.entity = _read_entity(value_entity, parse_ctx)
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
        model.__class__ = lazily_read_class(CreateTagV2Body)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateTagV2Body
        del model._raw, model._context
    return model


CreateTagV2Body._lazy_fill = (_fill_plain, _fill_converted, _build)
