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

T = TypeVar("T", bound="UnitResourceAttributes")


@_attrs_define
class UnitResourceAttributes(LazyModel):
    company_id: int
    """ Location ID for a custom Unit; `0` for a shared system Unit """
    title: str
    """ Full Unit name """
    short_title: str
    """ Abbreviated Unit name """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title = self.title

        short_title = self.short_title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
                "title": title,
                "short_title": short_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        title = d.pop("title")

        short_title = d.pop("short_title")

        unit_resource_attributes = cls(
            company_id=company_id,
            title=title,
            short_title=short_title,
        )

        return unit_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UnitResourceAttributes._lazy_fields = {
    "company_id": ("company_id", None, True),
    "title": ("title", None, True),
    "short_title": ("short_title", None, True),
}


def _fill_plain(model: UnitResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "short_title" in json_value:
        model.short_title = json_value["short_title"]


def _fill_converted(
    model: UnitResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UnitResourceAttributes | None = None
) -> UnitResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UnitResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(UnitResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UnitResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(UnitResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UnitResourceAttributes
        del model._raw, model._context
    return model


UnitResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
