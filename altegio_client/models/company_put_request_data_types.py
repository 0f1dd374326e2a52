from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_social import LocationSocial


T = TypeVar("T", bound="CompanyPutRequestDataTypes")


@_attrs_define
class CompanyPutRequestDataTypes(LazyModel):
    """Change location

    Example:
        {'title': 'James Smith LLC', 'country': 'United States', 'city': 'New York', 'address': 'New York, 787 Jackson
            Drive', 'zip': '11435', 'phones': ['12125357710', '12125357711'], 'social': {'instagram':
            'instagram.com/james_smith_company/'}, 'site': 'james-smith-company.com', 'coordinate_lat': 40.73061,
            'coordinate_lon': -73.935242, 'description': 'The <strong>James Smith</strong> location', 'business_type_id': 1,
            'short_descr': 'Beauty studio'}

    """

    title: str | Unset = UNSET
    """ location name """
    country_id: int | Unset = UNSET
    """ Country ID (has higher priority then country) """
    country: str | Unset = UNSET
    """ Country """
    city_id: int | Unset = UNSET
    """ City ID (has higher priority then city) """
    city: str | Unset = UNSET
    """ City """
    address: str | Unset = UNSET
    """ location address """
    zip: str | Unset = UNSET
    """ Zip code """
    phones: list[str] | Unset = UNSET
    """ location phone numbers """
    social: LocationSocial | Unset = UNSET
    """ location social media """
    site: str | Unset = UNSET
    """ location website """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    description: str | Unset = UNSET
    """ Description """
    business_type_id: int | Unset = UNSET
    """ Business type """
    short_descr: str | Unset = UNSET
    """ Business category """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        address = self.address

        zip = self.zip

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        description = self.description

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if address is not UNSET:
            field_dict["address"] = address
        if zip is not UNSET:
            field_dict["zip"] = zip
        if phones is not UNSET:
            field_dict["phones"] = phones
        if social is not UNSET:
            field_dict["social"] = social
        if site is not UNSET:
            field_dict["site"] = site
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if description is not UNSET:
            field_dict["description"] = description
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_social import LocationSocial  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        zip = d.pop("zip", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        _social = d.pop("social", UNSET)
        social: LocationSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = LocationSocial.from_dict(_social)

        site = d.pop("site", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        description = d.pop("description", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        company_put_request_data_types = cls(
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            address=address,
            zip=zip,
            phones=phones,
            social=social,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            description=description,
            business_type_id=business_type_id,
            short_descr=short_descr,
        )

        company_put_request_data_types.additional_properties = d
        return company_put_request_data_types

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


def _read_social(json_value: Any, parse_ctx: ParseContext) -> LocationSocial | Unset:
    LocationSocial = MODEL_CLASSES.get("altegio_client.models.location_social") or model_class(
        "altegio_client.models.location_social", "LocationSocial"
    )

    _social = json_value
    social: LocationSocial | Unset
    if isinstance(_social, Unset):
        social = UNSET
    else:
        social = LocationSocial._lazy(_social, parse_ctx)

    return social


_DECLARED_KEYS = frozenset(
    {
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "address",
        "zip",
        "phones",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "description",
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


CompanyPutRequestDataTypes._lazy_fields = {
    "title": ("title", None, False),
    "country_id": ("country_id", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "address": ("address", None, False),
    "zip": ("zip", None, False),
    "phones": ("phones", None, False),
    "social": ("social", _read_social, False),
    "site": ("site", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "description": ("description", None, False),
    "business_type_id": ("business_type_id", None, False),
    "short_descr": ("short_descr", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyPutRequestDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.title = get("title", UNSET)
    model.country_id = get("country_id", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.address = get("address", UNSET)
    model.zip = get("zip", UNSET)
    model.phones = get("phones", UNSET)
    model.site = get("site", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.description = get("description", UNSET)
    model.business_type_id = get("business_type_id", UNSET)
    model.short_descr = get("short_descr", UNSET)


def _fill_converted(
    model: CompanyPutRequestDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "social" not in done:
        value = get("social", UNSET)
        if value is UNSET:
            model.social = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.location_social") or model_builder(
                "altegio_client.models.location_social", "LocationSocial"
            )
            try:
                model.social = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyPutRequestDataTypes | None = None
) -> CompanyPutRequestDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyPutRequestDataTypes._lazy(json_value, parse_ctx)
        model = new_model(CompanyPutRequestDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CompanyPutRequestDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_social,) = fill(json_value, model)
    if value_social is UNSET:
        model.social = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.location_social") or model_builder(
            "altegio_client.models.location_social", "LocationSocial"
        )
        try:
            model.social = build(value_social, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyPutRequestDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyPutRequestDataTypes
        del model._raw, model._context
    return model


CompanyPutRequestDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
