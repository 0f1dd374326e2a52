from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    lazily_read_class,
    model_class,
    new_model,
)

if TYPE_CHECKING:
    from ..models.location_main_group_type_0 import LocationMainGroupType0


T = TypeVar("T", bound="LocationGroups")


@_attrs_define
class LocationGroups(LazyModel):
    """All location chains. Only when show_groups=1 is set"""

    additional_properties: dict[str, LocationMainGroupType0] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_main_group_type_0 import LocationMainGroupType0  # noqa: PLC0415

        d = dict(src_dict)
        location_groups = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LocationMainGroupType0.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        location_groups.additional_properties = additional_properties
        return location_groups

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LocationMainGroupType0:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LocationMainGroupType0) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_DECLARED_KEYS = frozenset({})


def _read_additional_properties(
    json_value: dict[str, Any], parse_ctx: ParseContext
) -> dict[str, LocationMainGroupType0]:
    LocationMainGroupType0 = MODEL_CLASSES.get("altegio_client.models.location_main_group_type_0") or model_class(
        "altegio_client.models.location_main_group_type_0", "LocationMainGroupType0"
    )

    additional_properties = {}
    for prop_name, prop_dict in json_value.items():
        if prop_name in _DECLARED_KEYS:
            continue
        additional_property = LocationMainGroupType0.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


LocationGroups._lazy_fields = {
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LocationGroups, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: LocationGroups, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: LocationGroups | None = None) -> LocationGroups:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LocationGroups._lazy(json_value, parse_ctx)
        model = new_model(LocationGroups)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    if not json_value:
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(LocationGroups)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LocationGroups
        del model._raw, model._context
    return model


LocationGroups._lazy_fill = (_fill_plain, _fill_converted, _build)
