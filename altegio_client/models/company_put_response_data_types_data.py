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
    from ..models.company_put_response_data_types_data_access import (
        CompanyPutResponseDataTypesDataAccess,
    )
    from ..models.location_main_group_type_0 import LocationMainGroupType0
    from ..models.location_social import LocationSocial


T = TypeVar("T", bound="CompanyPutResponseDataTypesData")


@_attrs_define
class CompanyPutResponseDataTypesData(LazyModel):
    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    country_id: int | Unset = UNSET
    """ Country ID """
    country: str | Unset = UNSET
    """ Country name """
    city_id: int | Unset = UNSET
    """ City ID """
    city: str | Unset = UNSET
    """ City name """
    timezone_name: str | Unset = UNSET
    """ Timezone name """
    address: str | Unset = UNSET
    """ location address """
    zip: str | Unset = UNSET
    """ Zip code """
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
    phone_confirmation: bool | Unset = UNSET
    """ Do I need to confirm my phone number via SMS when appointment? """
    group_priority: int | Unset = UNSET
    """ The higher the priority, the higher the location when displayed in the list of chain locations """
    push_notification_phone_confirm: bool | int | Unset = UNSET
    """ Confirm client number to send push notifications (0/1 or boolean) """
    main_group_id: int | Unset = UNSET
    """ Main location chain ID """
    main_group: list[Any] | LocationMainGroupType0 | Unset = UNSET
    """ Main location chain (object or empty array) """
    access: CompanyPutResponseDataTypesDataAccess | Unset = UNSET
    """ Access rights list """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_main_group_type_0 import LocationMainGroupType0  # noqa: PLC0415

        id = self.id

        title = self.title

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone_name = self.timezone_name

        address = self.address

        zip = self.zip

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        site = self.site

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        description = self.description

        business_type_id = self.business_type_id

        short_descr = self.short_descr

        phone_confirmation = self.phone_confirmation

        group_priority = self.group_priority

        push_notification_phone_confirm: bool | int | Unset
        if isinstance(self.push_notification_phone_confirm, Unset):
            push_notification_phone_confirm = UNSET
        else:
            push_notification_phone_confirm = self.push_notification_phone_confirm

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | list[Any] | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, LocationMainGroupType0):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

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
        if timezone_name is not UNSET:
            field_dict["timezone_name"] = timezone_name
        if address is not UNSET:
            field_dict["address"] = address
        if zip is not UNSET:
            field_dict["zip"] = zip
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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_put_response_data_types_data_access import (
            CompanyPutResponseDataTypesDataAccess,  # noqa: PLC0415
        )
        from ..models.location_main_group_type_0 import LocationMainGroupType0  # noqa: PLC0415
        from ..models.location_social import LocationSocial  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        zip = d.pop("zip", UNSET)

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

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        def _parse_push_notification_phone_confirm(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        push_notification_phone_confirm = _parse_push_notification_phone_confirm(
            d.pop("push_notification_phone_confirm", UNSET)
        )

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(data: object) -> list[Any] | LocationMainGroupType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = LocationMainGroupType0.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            main_group_type_1 = cast(list[Any], data)

            return main_group_type_1

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        _access = d.pop("access", UNSET)
        access: CompanyPutResponseDataTypesDataAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = CompanyPutResponseDataTypesDataAccess.from_dict(_access)

        company_put_response_data_types_data = cls(
            id=id,
            title=title,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            timezone_name=timezone_name,
            address=address,
            zip=zip,
            social=social,
            site=site,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            description=description,
            business_type_id=business_type_id,
            short_descr=short_descr,
            phone_confirmation=phone_confirmation,
            group_priority=group_priority,
            push_notification_phone_confirm=push_notification_phone_confirm,
            main_group_id=main_group_id,
            main_group=main_group,
            access=access,
        )

        company_put_response_data_types_data.additional_properties = d
        return company_put_response_data_types_data

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


def _read_main_group(json_value: Any, parse_ctx: ParseContext) -> list[Any] | LocationMainGroupType0 | Unset:
    LocationMainGroupType0 = MODEL_CLASSES.get("altegio_client.models.location_main_group_type_0") or model_class(
        "altegio_client.models.location_main_group_type_0", "LocationMainGroupType0"
    )

    def _parse_main_group(data: object) -> list[Any] | LocationMainGroupType0 | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            main_group_type_0 = LocationMainGroupType0.from_dict(data)

            return main_group_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        main_group_type_1 = cast(list[Any], data)

        return main_group_type_1

    main_group = _parse_main_group(json_value)

    return main_group


def _read_access(json_value: Any, parse_ctx: ParseContext) -> CompanyPutResponseDataTypesDataAccess | Unset:
    CompanyPutResponseDataTypesDataAccess = MODEL_CLASSES.get(
        "altegio_client.models.company_put_response_data_types_data_access"
    ) or model_class(
        "altegio_client.models.company_put_response_data_types_data_access", "CompanyPutResponseDataTypesDataAccess"
    )

    _access = json_value
    access: CompanyPutResponseDataTypesDataAccess | Unset
    if isinstance(_access, Unset):
        access = UNSET
    else:
        access = CompanyPutResponseDataTypesDataAccess._lazy(_access, parse_ctx)

    return access


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "country_id",
        "country",
        "city_id",
        "city",
        "timezone_name",
        "address",
        "zip",
        "social",
        "site",
        "coordinate_lat",
        "coordinate_lon",
        "description",
        "business_type_id",
        "short_descr",
        "phone_confirmation",
        "group_priority",
        "push_notification_phone_confirm",
        "main_group_id",
        "main_group",
        "access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyPutResponseDataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "country_id": ("country_id", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "timezone_name": ("timezone_name", None, False),
    "address": ("address", None, False),
    "zip": ("zip", None, False),
    "social": ("social", _read_social, False),
    "site": ("site", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "description": ("description", None, False),
    "business_type_id": ("business_type_id", None, False),
    "short_descr": ("short_descr", None, False),
    "phone_confirmation": ("phone_confirmation", None, False),
    "group_priority": ("group_priority", None, False),
    "push_notification_phone_confirm": ("push_notification_phone_confirm", None, False),
    "main_group_id": ("main_group_id", None, False),
    "main_group": ("main_group", _read_main_group, False),
    "access": ("access", _read_access, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyPutResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.country_id = get("country_id", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.timezone_name = get("timezone_name", UNSET)
    model.address = get("address", UNSET)
    model.zip = get("zip", UNSET)
    model.site = get("site", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.description = get("description", UNSET)
    model.business_type_id = get("business_type_id", UNSET)
    model.short_descr = get("short_descr", UNSET)
    model.phone_confirmation = get("phone_confirmation", UNSET)
    model.group_priority = get("group_priority", UNSET)
    model.push_notification_phone_confirm = get("push_notification_phone_confirm", UNSET)
    model.main_group_id = get("main_group_id", UNSET)


def _fill_converted(
    model: CompanyPutResponseDataTypesData, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
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

    if "main_group" not in done:
        value = get("main_group", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.main_group = UNSET
        else:
            try:
                model.main_group = _read_main_group(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "access" not in done:
        value = get("access", UNSET)
        if value is UNSET:
            model.access = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_put_response_data_types_data_access"
            ) or model_builder(
                "altegio_client.models.company_put_response_data_types_data_access",
                "CompanyPutResponseDataTypesDataAccess",
            )
            try:
                model.access = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyPutResponseDataTypesData | None = None
) -> CompanyPutResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyPutResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyPutResponseDataTypesData
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
        layout = layout_of(CompanyPutResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_social, value_main_group, value_access = fill(json_value, model)
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

    if value_main_group is UNSET:  # what every optional field's converter returns for it
        model.main_group = UNSET
    else:
        try:
            model.main_group = _read_main_group(value_main_group, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_access is UNSET:
        model.access = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_put_response_data_types_data_access"
        ) or model_builder(
            "altegio_client.models.company_put_response_data_types_data_access", "CompanyPutResponseDataTypesDataAccess"
        )
        try:
            model.access = build(value_access, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyPutResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyPutResponseDataTypesData
        del model._raw, model._context
    return model


CompanyPutResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
