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

T = TypeVar("T", bound="BookRecordCompanyidRecordResponseDataTypesDataCompany")


@_attrs_define
class BookRecordCompanyidRecordResponseDataTypesDataCompany(LazyModel):
    """location parameters"""

    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ Name of the organization """
    country_id: int | Unset = UNSET
    """ Country ID """
    country: str | Unset = UNSET
    """ The name of the country in which the organization is located """
    city_id: int | Unset = UNSET
    """ City ID """
    city: str | Unset = UNSET
    """ Name of the city where the organization is located """
    phone: str | Unset = UNSET
    """ location phone """
    timezone: str | Unset = UNSET
    """ location time zone """
    address: str | Unset = UNSET
    """ location address """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        phone = self.phone

        timezone = self.timezone

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        phone = d.pop("phone", UNSET)

        timezone = d.pop("timezone", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        book_record_companyid_record_response_data_types_data_company = cls(
            id=id,
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            phone=phone,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
        )

        book_record_companyid_record_response_data_types_data_company.additional_properties = d
        return book_record_companyid_record_response_data_types_data_company

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
        "id",
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "phone",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lon",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRecordResponseDataTypesDataCompany._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "country_id": ("country_id", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "phone": ("phone", None, False),
    "timezone": ("timezone", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRecordResponseDataTypesDataCompany, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.country_id = get("country_id", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.phone = get("phone", UNSET)
    model.timezone = get("timezone", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRecordResponseDataTypesDataCompany,
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
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRecordResponseDataTypesDataCompany | None = None
) -> BookRecordCompanyidRecordResponseDataTypesDataCompany:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRecordResponseDataTypesDataCompany._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRecordResponseDataTypesDataCompany
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
        layout = layout_of(BookRecordCompanyidRecordResponseDataTypesDataCompany, keys)
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
        model.__class__ = lazily_read_class(BookRecordCompanyidRecordResponseDataTypesDataCompany)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRecordResponseDataTypesDataCompany
        del model._raw, model._context
    return model


BookRecordCompanyidRecordResponseDataTypesDataCompany._lazy_fill = (_fill_plain, _fill_converted, _build)
