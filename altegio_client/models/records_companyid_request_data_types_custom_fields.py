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

T = TypeVar("T", bound="RecordsCompanyidRequestDataTypesCustomFields")


@_attrs_define
class RecordsCompanyidRequestDataTypesCustomFields(LazyModel):
    """Custom Appointment Field values keyed by field code.

    The Business User must have both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`. When updating an Appointment, supplying
    `custom_fields` does not make the request partial: resend the required main fields
    for the applicable Appointment type.

    """

    my_custom_field: int | Unset = UNSET
    some_another_field: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_custom_field = self.my_custom_field

        some_another_field: list[str] | Unset = UNSET
        if not isinstance(self.some_another_field, Unset):
            some_another_field = self.some_another_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if my_custom_field is not UNSET:
            field_dict["my_custom_field"] = my_custom_field
        if some_another_field is not UNSET:
            field_dict["some_another_field"] = some_another_field

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        my_custom_field = d.pop("my_custom_field", UNSET)

        some_another_field = cast(list[str], d.pop("some_another_field", UNSET))

        records_companyid_request_data_types_custom_fields = cls(
            my_custom_field=my_custom_field,
            some_another_field=some_another_field,
        )

        records_companyid_request_data_types_custom_fields.additional_properties = d
        return records_companyid_request_data_types_custom_fields

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
        "my_custom_field",
        "some_another_field",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


RecordsCompanyidRequestDataTypesCustomFields._lazy_fields = {
    "my_custom_field": ("my_custom_field", None, False),
    "some_another_field": ("some_another_field", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: RecordsCompanyidRequestDataTypesCustomFields, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.my_custom_field = get("my_custom_field", UNSET)
    model.some_another_field = get("some_another_field", UNSET)


def _fill_converted(
    model: RecordsCompanyidRequestDataTypesCustomFields,
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
    json_value: Any, parse_ctx: ParseContext, model: RecordsCompanyidRequestDataTypesCustomFields | None = None
) -> RecordsCompanyidRequestDataTypesCustomFields:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return RecordsCompanyidRequestDataTypesCustomFields._lazy(json_value, parse_ctx)
        model = new_model(
            RecordsCompanyidRequestDataTypesCustomFields
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
        layout = layout_of(RecordsCompanyidRequestDataTypesCustomFields, keys)
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
        model.__class__ = lazily_read_class(RecordsCompanyidRequestDataTypesCustomFields)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = RecordsCompanyidRequestDataTypesCustomFields
        del model._raw, model._context
    return model


RecordsCompanyidRequestDataTypesCustomFields._lazy_fill = (_fill_plain, _fill_converted, _build)
