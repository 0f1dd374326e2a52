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

T = TypeVar("T", bound="DepositOperationResponseDataTypesDataDocumentSalon")


@_attrs_define
class DepositOperationResponseDataTypesDataDocumentSalon(LazyModel):
    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    public_title: str | Unset = UNSET
    """ location name for display on external resources """
    business_group_id: int | Unset = UNSET
    """ Business group ID """
    business_type_id: int | Unset = UNSET
    """ Business type ID """
    country_id: int | Unset = UNSET
    """ Identifier of the country in which the location is located """
    city_id: int | Unset = UNSET
    """ City ID where the location is located """
    timezone: float | str | Unset = UNSET
    """ location time zone """
    timezone_name: str | Unset = UNSET
    """ Time zone name """
    address: str | Unset = UNSET
    """ Address where the location is located """
    coordinate_lat: float | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | Unset = UNSET
    """ Longitude """
    logo: str | Unset = UNSET
    """ The path to the image with the location logo """
    zip: str | Unset = UNSET
    """ Postcode """
    phone: str | Unset = UNSET
    """ Telephong """
    phones: list[str] | Unset = UNSET
    """ Phones """
    site: str | Unset = UNSET
    """ The site of the location """
    allow_delete_record: bool | Unset = UNSET
    """ Is it possible to delete an appointment """
    allow_change_record: bool | Unset = UNSET
    """ Is it possible to change the appointment """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        public_title = self.public_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        country_id = self.country_id

        city_id = self.city_id

        timezone: float | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        logo = self.logo

        zip = self.zip

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        site = self.site

        allow_delete_record = self.allow_delete_record

        allow_change_record = self.allow_change_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if coordinate_lat is not UNSET:
            field_dict["coordinate_lat"] = coordinate_lat
        if coordinate_lon is not UNSET:
            field_dict["coordinate_lon"] = coordinate_lon
        if logo is not UNSET:
            field_dict["logo"] = logo
        if zip is not UNSET:
            field_dict["zip"] = zip
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site
        if allow_delete_record is not UNSET:
            field_dict["allow_delete_record"] = allow_delete_record
        if allow_change_record is not UNSET:
            field_dict["allow_change_record"] = allow_change_record

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        def _parse_timezone(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        logo = d.pop("logo", UNSET)

        zip = d.pop("zip", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        site = d.pop("site", UNSET)

        allow_delete_record = d.pop("allow_delete_record", UNSET)

        allow_change_record = d.pop("allow_change_record", UNSET)

        deposit_operation_response_data_types_data_document_salon = cls(
            id=id,
            title=title,
            public_title=public_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            country_id=country_id,
            city_id=city_id,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            logo=logo,
            zip=zip,
            phone=phone,
            phones=phones,
            site=site,
            allow_delete_record=allow_delete_record,
            allow_change_record=allow_change_record,
        )

        deposit_operation_response_data_types_data_document_salon.additional_properties = d
        return deposit_operation_response_data_types_data_document_salon

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
        "public_title",
        "business_group_id",
        "business_type_id",
        "country_id",
        "city_id",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phone",
        "phones",
        "site",
        "allow_delete_record",
        "allow_change_record",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


DepositOperationResponseDataTypesDataDocumentSalon._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "public_title": ("public_title", None, False),
    "business_group_id": ("business_group_id", None, False),
    "business_type_id": ("business_type_id", None, False),
    "country_id": ("country_id", None, False),
    "city_id": ("city_id", None, False),
    "timezone": ("timezone", None, False),
    "timezone_name": ("timezone_name", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "logo": ("logo", None, False),
    "zip": ("zip", None, False),
    "phone": ("phone", None, False),
    "phones": ("phones", None, False),
    "site": ("site", None, False),
    "allow_delete_record": ("allow_delete_record", None, False),
    "allow_change_record": ("allow_change_record", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: DepositOperationResponseDataTypesDataDocumentSalon, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.public_title = get("public_title", UNSET)
    model.business_group_id = get("business_group_id", UNSET)
    model.business_type_id = get("business_type_id", UNSET)
    model.country_id = get("country_id", UNSET)
    model.city_id = get("city_id", UNSET)
    model.timezone = get("timezone", UNSET)
    model.timezone_name = get("timezone_name", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.logo = get("logo", UNSET)
    model.zip = get("zip", UNSET)
    model.phone = get("phone", UNSET)
    model.phones = get("phones", UNSET)
    model.site = get("site", UNSET)
    model.allow_delete_record = get("allow_delete_record", UNSET)
    model.allow_change_record = get("allow_change_record", UNSET)


def _fill_converted(
    model: DepositOperationResponseDataTypesDataDocumentSalon,
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
    json_value: Any, parse_ctx: ParseContext, model: DepositOperationResponseDataTypesDataDocumentSalon | None = None
) -> DepositOperationResponseDataTypesDataDocumentSalon:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return DepositOperationResponseDataTypesDataDocumentSalon._lazy(json_value, parse_ctx)
        model = new_model(
            DepositOperationResponseDataTypesDataDocumentSalon
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
        layout = layout_of(DepositOperationResponseDataTypesDataDocumentSalon, keys)
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
        model.__class__ = lazily_read_class(DepositOperationResponseDataTypesDataDocumentSalon)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = DepositOperationResponseDataTypesDataDocumentSalon
        del model._raw, model._context
    return model


DepositOperationResponseDataTypesDataDocumentSalon._lazy_fill = (_fill_plain, _fill_converted, _build)
