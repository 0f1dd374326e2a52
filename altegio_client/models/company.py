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

T = TypeVar("T", bound="Company")


@_attrs_define
class Company(LazyModel):
    id: int
    """ location ID """
    title: str
    """ Name of the organization """
    country: str
    """ The name of the country in which the organization is located """
    country_id: int
    """ Country ID """
    city: str
    """ Name of the city where the organization is located """
    city_id: int
    """ City ID """
    phone: str
    """ location phone """
    timezone: str
    """ location time zone """
    address: str
    """ location address """
    coordinate_lat: float
    """ Latitude """
    coordinate_lng: float
    """ Longitude """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        country = self.country

        country_id = self.country_id

        city = self.city

        city_id = self.city_id

        phone = self.phone

        timezone = self.timezone

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lng = self.coordinate_lng

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "country": country,
                "country_id": country_id,
                "city": city,
                "city_id": city_id,
                "phone": phone,
                "timezone": timezone,
                "address": address,
                "coordinate_lat": coordinate_lat,
                "coordinate_lng": coordinate_lng,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        country = d.pop("country")

        country_id = d.pop("country_id")

        city = d.pop("city")

        city_id = d.pop("city_id")

        phone = d.pop("phone")

        timezone = d.pop("timezone")

        address = d.pop("address")

        coordinate_lat = d.pop("coordinate_lat")

        coordinate_lng = d.pop("coordinate_lng")

        company = cls(
            id=id,
            title=title,
            country=country,
            country_id=country_id,
            city=city,
            city_id=city_id,
            phone=phone,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lng=coordinate_lng,
        )

        company.additional_properties = d
        return company

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
        "country",
        "country_id",
        "city",
        "city_id",
        "phone",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lng",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Company._lazy_fields = {
    "id": ("id", None, True),
    "title": ("title", None, True),
    "country": ("country", None, True),
    "country_id": ("country_id", None, True),
    "city": ("city", None, True),
    "city_id": ("city_id", None, True),
    "phone": ("phone", None, True),
    "timezone": ("timezone", None, True),
    "address": ("address", None, True),
    "coordinate_lat": ("coordinate_lat", None, True),
    "coordinate_lng": ("coordinate_lng", None, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Company, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]
    if "title" in json_value:
        model.title = json_value["title"]
    if "country" in json_value:
        model.country = json_value["country"]
    if "country_id" in json_value:
        model.country_id = json_value["country_id"]
    if "city" in json_value:
        model.city = json_value["city"]
    if "city_id" in json_value:
        model.city_id = json_value["city_id"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "timezone" in json_value:
        model.timezone = json_value["timezone"]
    if "address" in json_value:
        model.address = json_value["address"]
    if "coordinate_lat" in json_value:
        model.coordinate_lat = json_value["coordinate_lat"]
    if "coordinate_lng" in json_value:
        model.coordinate_lng = json_value["coordinate_lng"]


def _fill_converted(model: Company, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Company | None = None) -> Company:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Company._lazy(json_value, parse_ctx)
        model = new_model(Company)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Company, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(Company)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Company
        del model._raw, model._context
    return model


Company._lazy_fill = (_fill_plain, _fill_converted, _build)
