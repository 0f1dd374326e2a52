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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyCreateRequestDataTypes")


@_attrs_define
class CompanyCreateRequestDataTypes(LazyModel):
    """Create a location

    Example:
        {'title': 'James Smith LLC', 'country_id': 7, 'city_id': 2, 'address': 'New York, 787 Jackson Drive', 'site':
            'james-smith-company.com', 'coordinate_lat': 40.73061, 'coordinate_lot': -73.935242, 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    """

    title: str | Unset = UNSET
    """ location name """
    country_id: int | Unset = UNSET
    """ ID of the country in which the location is located ([method to get a list of countries](#countries)) """
    city_id: int | Unset = UNSET
    """ Identifier of the city in which the location is located ([method to get a list of cities](#cities)) """
    address: str | Unset = UNSET
    """ location address """
    site: str | Unset = UNSET
    """ location website """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lot: float | Unset = UNSET
    """ Longitude """
    business_type_id: int | Unset = UNSET
    """ Business type """
    short_descr: str | Unset = UNSET
    """ location category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        address = self.address

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lot = self.coordinate_lot

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if address is not UNSET:
            field_dict["address"] = address
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lot is not UNSET:
            field_dict["coordinate_lot"] = coordinate_lot
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        address = d.pop("address", UNSET)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lot = d.pop("coordinate_lot", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        company_create_request_data_types = cls(
            title=title,
            country_id=country_id,
            city_id=city_id,
            address=address,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lot=coordinate_lot,
            business_type_id=business_type_id,
            short_descr=short_descr,
        )

        company_create_request_data_types.additional_properties = d
        return company_create_request_data_types

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
        "title",
        "country_id",
        "city_id",
        "address",
        "site",
        "coordinate_lat",
        "coordinate_lot",
        "business_type_id",
        "short_descr",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCreateRequestDataTypes._lazy_fields = {
    "title": ("title", None, False),
    "country_id": ("country_id", None, False),
    "city_id": ("city_id", None, False),
    "address": ("address", None, False),
    "site": ("site", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lot": ("coordinate_lot", None, False),
    "business_type_id": ("business_type_id", None, False),
    "short_descr": ("short_descr", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCreateRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.country_id = get("country_id", UNSET)
    model.city_id = get("city_id", UNSET)
    model.address = get("address", UNSET)
    model.site = get("site", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lot = get("coordinate_lot", UNSET)
    model.business_type_id = get("business_type_id", UNSET)
    model.short_descr = get("short_descr", UNSET)


def _fill_converted(
    model: CompanyCreateRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyCreateRequestDataTypes | None = None
) -> CompanyCreateRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCreateRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(CompanyCreateRequestDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CompanyCreateRequestDataTypes, keys)
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
        model.__class__ = lazily_read_class(CompanyCreateRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCreateRequestDataTypes
        del model._raw, model._context
    return model


CompanyCreateRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
