from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="BookServicesCompanyidDataTypesDataServicesItemCompositeDetails")


@_attrs_define
class BookServicesCompanyidDataTypesDataServicesItemCompositeDetails(LazyModel):
    """Composite service details"""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        book_services_companyid_data_types_data_services_item_composite_details = cls()

        book_services_companyid_data_types_data_services_item_composite_details.additional_properties = d
        return book_services_companyid_data_types_data_services_item_composite_details

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


_DECLARED_KEYS = frozenset({})


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


BookServicesCompanyidDataTypesDataServicesItemCompositeDetails._lazy_fields = {
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: BookServicesCompanyidDataTypesDataServicesItemCompositeDetails, json_value: dict[str, Any]
) -> None:
    get = json_value.get


def _fill_converted(
    model: BookServicesCompanyidDataTypesDataServicesItemCompositeDetails,
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
    json_value: Any,
    parse_ctx: ParseContext,
    model: BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None = None,
) -> BookServicesCompanyidDataTypesDataServicesItemCompositeDetails:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookServicesCompanyidDataTypesDataServicesItemCompositeDetails._lazy(json_value, parse_ctx)
        model = new_model(
            BookServicesCompanyidDataTypesDataServicesItemCompositeDetails
        )  # built whole: it needs no JSON and no context (unless failed)
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
        model.__class__ = lazily_read_class(BookServicesCompanyidDataTypesDataServicesItemCompositeDetails)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookServicesCompanyidDataTypesDataServicesItemCompositeDetails
        del model._raw, model._context
    return model


BookServicesCompanyidDataTypesDataServicesItemCompositeDetails._lazy_fill = (_fill_plain, _fill_converted, _build)
