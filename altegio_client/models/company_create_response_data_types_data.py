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

T = TypeVar("T", bound="CompanyCreateResponseDataTypesData")


@_attrs_define
class CompanyCreateResponseDataTypesData(LazyModel):
    """data object"""

    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    short_descr: str | Unset = UNSET
    """ location category """
    logo: str | Unset = UNSET
    """ Path to location logo image """
    active: float | Unset = UNSET
    """ Is the location active (presence of a paid license) (1 - active, 0 - inactive) """
    phone: str | Unset = UNSET
    """ location phone number """
    country_id: int | Unset = UNSET
    """ Identifier of the country in which the location is located """
    schedule: str | Unset = UNSET
    """ location schedule """
    country: str | Unset = UNSET
    """ Name of the country in which the location is located """
    city_id: int | Unset = UNSET
    """ City ID where the location is located """
    city: str | Unset = UNSET
    """ Name of the city where the location is located """
    timezone_name: str | Unset = UNSET
    """ timezone locations """
    address: str | Unset = UNSET
    """ Address where the location is located """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    phone_confirmation: bool | Unset = UNSET
    """ Do I need to confirm my phone number via SMS when appointment? """
    active_staff_count: float | Unset = UNSET
    """ Number of team members available for appointment """
    app_ios: str | Unset = UNSET
    """ Link to iOS App """
    app_android: str | Unset = UNSET
    """ Link to Android App """
    currency_short_title: str | Unset = UNSET
    """ Abbreviated currency name """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        logo = d.pop("logo", UNSET)

        active = d.pop("active", UNSET)

        phone = d.pop("phone", UNSET)

        country_id = d.pop("country_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        app_ios = d.pop("app_ios", UNSET)

        app_android = d.pop("app_android", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        company_create_response_data_types_data = cls(
            id=id,
            title=title,
            short_descr=short_descr,
            logo=logo,
            active=active,
            phone=phone,
            country_id=country_id,
            schedule=schedule,
            country=country,
            city_id=city_id,
            city=city,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            app_ios=app_ios,
            app_android=app_android,
            currency_short_title=currency_short_title,
        )

        company_create_response_data_types_data.additional_properties = d
        return company_create_response_data_types_data

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
        "short_descr",
        "logo",
        "active",
        "phone",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "app_ios",
        "app_android",
        "currency_short_title",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCreateResponseDataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "short_descr": ("short_descr", None, False),
    "logo": ("logo", None, False),
    "active": ("active", None, False),
    "phone": ("phone", None, False),
    "country_id": ("country_id", None, False),
    "schedule": ("schedule", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "timezone_name": ("timezone_name", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "phone_confirmation": ("phone_confirmation", None, False),
    "active_staff_count": ("active_staff_count", None, False),
    "app_ios": ("app_ios", None, False),
    "app_android": ("app_android", None, False),
    "currency_short_title": ("currency_short_title", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCreateResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.short_descr = get("short_descr", UNSET)
    model.logo = get("logo", UNSET)
    model.active = get("active", UNSET)
    model.phone = get("phone", UNSET)
    model.country_id = get("country_id", UNSET)
    model.schedule = get("schedule", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.timezone_name = get("timezone_name", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.phone_confirmation = get("phone_confirmation", UNSET)
    model.active_staff_count = get("active_staff_count", UNSET)
    model.app_ios = get("app_ios", UNSET)
    model.app_android = get("app_android", UNSET)
    model.currency_short_title = get("currency_short_title", UNSET)


def _fill_converted(
    model: CompanyCreateResponseDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyCreateResponseDataTypesData | None = None
) -> CompanyCreateResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCreateResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCreateResponseDataTypesData
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
        layout = layout_of(CompanyCreateResponseDataTypesData, keys)
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
        model.__class__ = lazily_read_class(CompanyCreateResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCreateResponseDataTypesData
        del model._raw, model._context
    return model


CompanyCreateResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
