from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRequest")


@_attrs_define
class EventRequest(LazyModel):
    """Event creation/update request body

    Example:
        {'date': '2026-10-10 15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
            'resource_instance_ids': [3127], 'force': False}

    """

    date: _datetime.datetime
    """ date and time """
    service_id: int
    """ Service ID """
    staff_id: int
    """ team member ID """
    capacity: float
    """ Capacity """
    force: bool
    """ Ignore errors (busy team member/resources, etc.) """
    resource_instance_ids: list[int] | Unset = UNSET
    """ Array of resource instance IDs """
    length: float | Unset = UNSET
    """ Event duration in seconds """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        service_id = self.service_id

        staff_id = self.staff_id

        capacity = self.capacity

        force = self.force

        resource_instance_ids: list[int] | Unset = UNSET
        if not isinstance(self.resource_instance_ids, Unset):
            resource_instance_ids = self.resource_instance_ids

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "service_id": service_id,
                "staff_id": staff_id,
                "capacity": capacity,
                "force": force,
            }
        )
        if resource_instance_ids is not UNSET:
            field_dict["resource_instance_ids"] = resource_instance_ids
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = types.parse_iso_datetime(d.pop("date"))

        service_id = d.pop("service_id")

        staff_id = d.pop("staff_id")

        capacity = d.pop("capacity")

        force = d.pop("force")

        resource_instance_ids = cast(list[int], d.pop("resource_instance_ids", UNSET))

        length = d.pop("length", UNSET)

        event_request = cls(
            date=date,
            service_id=service_id,
            staff_id=staff_id,
            capacity=capacity,
            force=force,
            resource_instance_ids=resource_instance_ids,
            length=length,
        )

        event_request.additional_properties = d
        return event_request

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime:

    try:
        date = datetime_from_iso(json_value)
    except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
        date = types.parse_iso_datetime(json_value)

    return date


ISO_PARSERS[_read_date] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "date",
        "service_id",
        "staff_id",
        "capacity",
        "force",
        "resource_instance_ids",
        "length",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventRequest._lazy_fields = {
    "date": ("date", _read_date, True),
    "service_id": ("service_id", None, True),
    "staff_id": ("staff_id", None, True),
    "capacity": ("capacity", None, True),
    "force": ("force", None, True),
    "resource_instance_ids": ("resource_instance_ids", None, False),
    "length": ("length", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "staff_id" in json_value:
        model.staff_id = json_value["staff_id"]
    if "capacity" in json_value:
        model.capacity = json_value["capacity"]
    if "force" in json_value:
        model.force = json_value["force"]
    model.resource_instance_ids = get("resource_instance_ids", UNSET)
    model.length = get("length", UNSET)


def _fill_converted(
    model: EventRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "date" not in done:
        try:
            model.date = _read_date(json_value["date"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: EventRequest | None = None) -> EventRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventRequest._lazy(json_value, parse_ctx)
        model = new_model(EventRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventRequest, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_date is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.date = _read_date(value_date, parse_ctx)
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
        model.__class__ = lazily_read_class(EventRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventRequest
        del model._raw, model._context
    return model


EventRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
