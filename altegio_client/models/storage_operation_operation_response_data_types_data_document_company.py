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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="StorageOperationOperationResponseDataTypesDataDocumentCompany")


@_attrs_define
class StorageOperationOperationResponseDataTypesDataDocumentCompany(LazyModel):
    """location"""

    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    country_id: int | Unset = UNSET
    """ Country ID """
    city_id: int | Unset = UNSET
    """ City ID """
    timezone: str | Unset = UNSET
    """ time zone """
    address: str | Unset = UNSET
    """ location address """
    coordinate_lat: float | str | Unset = UNSET
    """ Latitude """
    coordinate_lon: float | str | Unset = UNSET
    """ Longitude """
    logo: str | Unset = UNSET
    """ Let, on which the location logo is located """
    zip: str | Unset = UNSET
    """ Postcode """
    phones: list[JsonObject] | Unset = UNSET
    """ location phone """
    site: str | Unset = UNSET
    """ The site of the location """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        country_id = self.country_id

        city_id = self.city_id

        timezone = self.timezone

        address = self.address

        coordinate_lat: float | str | Unset
        if isinstance(self.coordinate_lat, Unset):
            coordinate_lat = UNSET
        else:
            coordinate_lat = self.coordinate_lat

        coordinate_lon: float | str | Unset
        if isinstance(self.coordinate_lon, Unset):
            coordinate_lon = UNSET
        else:
            coordinate_lon = self.coordinate_lon

        logo = self.logo

        zip = self.zip

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        site = self.site

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
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
        if phones is not UNSET:
            field_dict["phones"] = phones
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        city_id = d.pop("city_id", UNSET)

        timezone = d.pop("timezone", UNSET)

        address = d.pop("address", UNSET)

        def _parse_coordinate_lat(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        coordinate_lat = _parse_coordinate_lat(d.pop("coordinate_lat", UNSET))

        def _parse_coordinate_lon(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        coordinate_lon = _parse_coordinate_lon(d.pop("coordinate_lon", UNSET))

        logo = d.pop("logo", UNSET)

        zip = d.pop("zip", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[JsonObject] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = JsonObject.from_dict(phones_item_data)

                phones.append(phones_item)

        site = d.pop("site", UNSET)

        storage_operation_operation_response_data_types_data_document_company = cls(
            id=id,
            title=title,
            country_id=country_id,
            city_id=city_id,
            timezone=timezone,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            logo=logo,
            zip=zip,
            phones=phones,
            site=site,
        )

        storage_operation_operation_response_data_types_data_document_company.additional_properties = d
        return storage_operation_operation_response_data_types_data_document_company

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


def _read_phones(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _phones = json_value
    phones: list[JsonObject] | Unset = UNSET
    if _phones is not UNSET:
        phones = JsonObject._lazy_list(_phones, parse_ctx)

    return phones


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "country_id",
        "city_id",
        "timezone",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "logo",
        "zip",
        "phones",
        "site",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationOperationResponseDataTypesDataDocumentCompany._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "country_id": ("country_id", None, False),
    "city_id": ("city_id", None, False),
    "timezone": ("timezone", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "logo": ("logo", None, False),
    "zip": ("zip", None, False),
    "phones": ("phones", _read_phones, False),
    "site": ("site", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(
    model: StorageOperationOperationResponseDataTypesDataDocumentCompany, json_value: dict[str, Any]
) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.country_id = get("country_id", UNSET)
    model.city_id = get("city_id", UNSET)
    model.timezone = get("timezone", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.logo = get("logo", UNSET)
    model.zip = get("zip", UNSET)
    model.site = get("site", UNSET)


def _fill_converted(
    model: StorageOperationOperationResponseDataTypesDataDocumentCompany,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "phones" not in done:
        value = get("phones", UNSET)
        if value is UNSET:
            model.phones = UNSET
        elif value == []:
            model.phones = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.phones = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: StorageOperationOperationResponseDataTypesDataDocumentCompany | None = None,
) -> StorageOperationOperationResponseDataTypesDataDocumentCompany:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationOperationResponseDataTypesDataDocumentCompany._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationOperationResponseDataTypesDataDocumentCompany
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
        layout = layout_of(StorageOperationOperationResponseDataTypesDataDocumentCompany, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_phones,) = fill(json_value, model)
    if value_phones is UNSET:
        model.phones = UNSET
    elif value_phones == []:
        model.phones = value_phones  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_phones) is not list:
                raise TypeError
            model.phones = [build(item, parse_ctx) for item in value_phones]
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
        model.__class__ = lazily_read_class(StorageOperationOperationResponseDataTypesDataDocumentCompany)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationOperationResponseDataTypesDataDocumentCompany
        del model._raw, model._context
    return model


StorageOperationOperationResponseDataTypesDataDocumentCompany._lazy_fill = (_fill_plain, _fill_converted, _build)
