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
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..models.good_event_status import GoodEventStatus, check_good_event_status
from ..models.salon_event_resource import SalonEventResource, check_salon_event_resource
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.salon import Salon


T = TypeVar("T", bound="SalonEvent")


@_attrs_define
class SalonEvent(LazyModel):
    """Sent when a location is created, updated, or deleted.

    Example:
        {'company_id': 123456, 'resource': 'salon', 'resource_id': 123456, 'status': 'update', 'data': {'id': 123456,
            'title': 'Beauty Studio', 'public_title': 'Beauty Studio', 'active': 1, 'phone': '+1234567890', 'city': 'New
            York', 'address': '123 Main St', 'timezone_name': 'America/New_York'}}

    """

    company_id: int
    """ Location ID where the event occurred. """
    resource: SalonEventResource
    """ Resource type. """
    resource_id: int
    """ ID of the resource that was created, updated, or deleted. """
    status: GoodEventStatus
    """ Type of change that occurred. """
    data: Salon
    """ Location data sent in webhook notifications. Corresponds to the output of the location detail API. Contains
    comprehensive location information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        resource: str = self.resource

        resource_id = self.resource_id

        status: str = self.status

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "resource": resource,
                "resource_id": resource_id,
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salon import Salon  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        resource = check_salon_event_resource(d.pop("resource"))

        resource_id = d.pop("resource_id")

        status = check_good_event_status(d.pop("status"))

        data = Salon.from_dict(d.pop("data"))

        salon_event = cls(
            company_id=company_id,
            resource=resource,
            resource_id=resource_id,
            status=status,
            data=data,
        )

        salon_event.additional_properties = d
        return salon_event

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


def _read_resource(json_value: Any, parse_ctx: ParseContext) -> SalonEventResource:

    resource = check_salon_event_resource(json_value)

    return resource


def _read_status(json_value: Any, parse_ctx: ParseContext) -> GoodEventStatus:

    status = check_good_event_status(json_value)

    return status


def _read_data(json_value: Any, parse_ctx: ParseContext) -> Salon:
    Salon = MODEL_CLASSES.get("altegio_client.models.salon") or model_class("altegio_client.models.salon", "Salon")

    data = Salon._lazy(json_value, parse_ctx)

    return data


_DECLARED_KEYS = frozenset(
    {
        "company_id",
        "resource",
        "resource_id",
        "status",
        "data",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalonEvent._lazy_fields = {
    "company_id": ("company_id", None, True),
    "resource": ("resource", _read_resource, True),
    "resource_id": ("resource_id", None, True),
    "status": ("status", _read_status, True),
    "data": ("data", _read_data, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalonEvent, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "company_id" in json_value:
        model.company_id = json_value["company_id"]
    if "resource_id" in json_value:
        model.resource_id = json_value["resource_id"]


def _fill_converted(
    model: SalonEvent, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "resource" not in done:
        try:
            model.resource = _read_resource(json_value["resource"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "status" not in done:
        try:
            model.status = _read_status(json_value["status"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "data" not in done:
        try:
            model.data = _read_data(json_value["data"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: SalonEvent | None = None) -> SalonEvent:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalonEvent._lazy(json_value, parse_ctx)
        model = new_model(SalonEvent)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SalonEvent, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_resource, value_status, value_data = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_resource is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.resource = _read_resource(value_resource, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_status is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.status = _read_status(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_data is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
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
        model.__class__ = lazily_read_class(SalonEvent)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalonEvent
        del model._raw, model._context
    return model


SalonEvent._lazy_fill = (_fill_plain, _fill_converted, _build)
