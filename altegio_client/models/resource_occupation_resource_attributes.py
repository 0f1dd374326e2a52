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
from ..models.resource_occupation_resource_attributes_source_type import (
    ResourceOccupationResourceAttributesSourceType,
    check_resource_occupation_resource_attributes_source_type,
)
from ..models.resource_occupation_resource_attributes_source_type_slug import (
    ResourceOccupationResourceAttributesSourceTypeSlug,
    check_resource_occupation_resource_attributes_source_type_slug,
)
from ..types import UNSET

T = TypeVar("T", bound="ResourceOccupationResourceAttributes")


@_attrs_define
class ResourceOccupationResourceAttributes(LazyModel):
    source_type: ResourceOccupationResourceAttributesSourceType
    """ Deprecated source type; use `source_type_slug` """
    source_type_slug: ResourceOccupationResourceAttributesSourceTypeSlug
    """ Occupation source. Literal `record` and `activity` wire values mean
    Appointment and Event respectively.
     """
    source_id: int
    """ Appointment or Event ID, depending on `source_type_slug` """
    resource_id: int
    """ Resource ID """
    resource_instance_id: int
    """ Resource instance ID """
    from_: str
    """ Occupation start in the Location timezone """
    to: str
    """ Occupation end in the Location timezone """

    def to_dict(self) -> dict[str, Any]:
        source_type: str = self.source_type

        source_type_slug: str = self.source_type_slug

        source_id = self.source_id

        resource_id = self.resource_id

        resource_instance_id = self.resource_instance_id

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_type": source_type,
                "source_type_slug": source_type_slug,
                "source_id": source_id,
                "resource_id": resource_id,
                "resource_instance_id": resource_instance_id,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_type = check_resource_occupation_resource_attributes_source_type(d.pop("source_type"))

        source_type_slug = check_resource_occupation_resource_attributes_source_type_slug(d.pop("source_type_slug"))

        source_id = d.pop("source_id")

        resource_id = d.pop("resource_id")

        resource_instance_id = d.pop("resource_instance_id")

        from_ = d.pop("from")

        to = d.pop("to")

        resource_occupation_resource_attributes = cls(
            source_type=source_type,
            source_type_slug=source_type_slug,
            source_id=source_id,
            resource_id=resource_id,
            resource_instance_id=resource_instance_id,
            from_=from_,
            to=to,
        )

        return resource_occupation_resource_attributes


def _read_source_type(json_value: Any, parse_ctx: ParseContext) -> ResourceOccupationResourceAttributesSourceType:

    source_type = check_resource_occupation_resource_attributes_source_type(json_value)

    return source_type


def _read_source_type_slug(
    json_value: Any, parse_ctx: ParseContext
) -> ResourceOccupationResourceAttributesSourceTypeSlug:

    source_type_slug = check_resource_occupation_resource_attributes_source_type_slug(json_value)

    return source_type_slug


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ResourceOccupationResourceAttributes._lazy_fields = {
    "source_type": ("source_type", _read_source_type, True),
    "source_type_slug": ("source_type_slug", _read_source_type_slug, True),
    "source_id": ("source_id", None, True),
    "resource_id": ("resource_id", None, True),
    "resource_instance_id": ("resource_instance_id", None, True),
    "from_": ("from", None, True),
    "to": ("to", None, True),
}


def _fill_plain(model: ResourceOccupationResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "source_id" in json_value:
        model.source_id = json_value["source_id"]
    if "resource_id" in json_value:
        model.resource_id = json_value["resource_id"]
    if "resource_instance_id" in json_value:
        model.resource_instance_id = json_value["resource_instance_id"]
    if "from" in json_value:
        model.from_ = json_value["from"]
    if "to" in json_value:
        model.to = json_value["to"]


def _fill_converted(
    model: ResourceOccupationResourceAttributes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "source_type" not in done:
        try:
            model.source_type = _read_source_type(json_value["source_type"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "source_type_slug" not in done:
        try:
            model.source_type_slug = _read_source_type_slug(json_value["source_type_slug"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ResourceOccupationResourceAttributes | None = None
) -> ResourceOccupationResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ResourceOccupationResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            ResourceOccupationResourceAttributes
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
        layout = layout_of(ResourceOccupationResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_source_type, value_source_type_slug = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_source_type is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.source_type = _read_source_type(value_source_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_source_type_slug is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.source_type_slug = _read_source_type_slug(value_source_type_slug, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ResourceOccupationResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ResourceOccupationResourceAttributes
        del model._raw, model._context
    return model


ResourceOccupationResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
