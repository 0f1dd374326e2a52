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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="BookCheckCompanyidRequestDataTypes")


@_attrs_define
class BookCheckCompanyidRequestDataTypes(LazyModel):
    """Check appointment options

    Example:
        {'appointments': [{'id': 1, 'services': [331], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00'},
            {'id': 2, 'services': [99055], 'staff_id': 6544, 'datetime': '2026-09-21T23:00:00.000-05:00'}]}

    """

    appointments: list[JsonObject]
    """ appointment options (services, team members...) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appointments = []
        for appointments_item_data in self.appointments:
            appointments_item = appointments_item_data.to_dict()
            appointments.append(appointments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appointments": appointments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        appointments = []
        _appointments = d.pop("appointments")
        for appointments_item_data in _appointments:
            appointments_item = JsonObject.from_dict(appointments_item_data)

            appointments.append(appointments_item)

        book_check_companyid_request_data_types = cls(
            appointments=appointments,
        )

        book_check_companyid_request_data_types.additional_properties = d
        return book_check_companyid_request_data_types

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


def _read_appointments(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject]:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    appointments = JsonObject._lazy_list(json_value, parse_ctx)

    return appointments


_DECLARED_KEYS = frozenset(
    {
        "appointments",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookCheckCompanyidRequestDataTypes._lazy_fields = {
    "appointments": ("appointments", _read_appointments, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookCheckCompanyidRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: BookCheckCompanyidRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "appointments" not in done:
        try:
            model.appointments = _read_appointments(json_value["appointments"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookCheckCompanyidRequestDataTypes | None = None
) -> BookCheckCompanyidRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookCheckCompanyidRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            BookCheckCompanyidRequestDataTypes
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
        layout = layout_of(BookCheckCompanyidRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_appointments,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_appointments is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.appointments = _read_appointments(value_appointments, parse_ctx)
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
        model.__class__ = lazily_read_class(BookCheckCompanyidRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookCheckCompanyidRequestDataTypes
        del model._raw, model._context
    return model


BookCheckCompanyidRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
