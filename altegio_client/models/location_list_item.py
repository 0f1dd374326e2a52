from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_list_item_booking_widget_promo import (
        LocationListItemBookingWidgetPromo,
    )


T = TypeVar("T", bound="LocationListItem")


@_attrs_define
class LocationListItem(LazyModel):
    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    public_title: str | Unset = UNSET
    """ Public display name of the location """
    short_descr: str | Unset = UNSET
    """ location category """
    logo: str | Unset = UNSET
    """ location logo image address """
    active: int | Unset = UNSET
    """ Is the location active (1 = active, 0 = inactive) """
    phone: str | Unset = UNSET
    """ location phone number """
    phones: list[str] | Unset = UNSET
    """ Array of location phone numbers """
    email: str | Unset = UNSET
    """ Location email address """
    country_id: int | Unset = UNSET
    """ Identifier of the country in which the location is located """
    schedule: str | Unset = UNSET
    """ location schedule """
    country: str | Unset = UNSET
    """ location country name """
    city_id: int | Unset = UNSET
    """ City ID where the location is located """
    city: str | Unset = UNSET
    """ location city name """
    timezone: float | Unset = UNSET
    """ Timezone offset in hours """
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
    next_slot: _datetime.datetime | Unset = UNSET
    """ Date and time of the next free session in the location (ISO8601). The field will be present only if the GET
    parameter forBooking=1 is passed """
    app_ios: str | Unset = UNSET
    """ Link to iOS App """
    app_android: str | Unset = UNSET
    """ Link to app for Android """
    currency_short_title: str | Unset = UNSET
    """ Abbreviated currency name """
    reminds_sms_disabled: bool | Unset = UNSET
    """ SMS reminders disabled """
    reminds_sms_default: int | Unset = UNSET
    """ Default SMS reminder setting """
    group_priority: float | Unset = UNSET
    """ The higher the priority, the higher the location when displayed in the list of chain locations """
    bookform_group_priority: float | Unset = UNSET
    """ Priority for booking form display """
    description: str | Unset = UNSET
    """ Full HTML description of the location """
    photos: list[str] | Unset = UNSET
    """ Array of location photo paths """
    company_photos: list[str] | Unset = UNSET
    """ Array of full location photo URLs """
    booking_widget_promo: LocationListItemBookingWidgetPromo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_list_item_booking_widget_promo import (
            LocationListItemBookingWidgetPromo,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        public_title = self.public_title

        short_descr = self.short_descr

        logo = self.logo

        active = self.active

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        email = self.email

        country_id = self.country_id

        schedule = self.schedule

        country = self.country

        city_id = self.city_id

        city = self.city

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        next_slot: str | Unset = UNSET
        if not isinstance(self.next_slot, Unset):
            next_slot = self.next_slot.isoformat()

        app_ios = self.app_ios

        app_android = self.app_android

        currency_short_title = self.currency_short_title

        reminds_sms_disabled = self.reminds_sms_disabled

        reminds_sms_default = self.reminds_sms_default

        group_priority = self.group_priority

        bookform_group_priority = self.bookform_group_priority

        description = self.description

        photos: list[str] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos

        company_photos: list[str] | Unset = UNSET
        if not isinstance(self.company_photos, Unset):
            company_photos = self.company_photos

        booking_widget_promo: dict[str, Any] | None | Unset
        if isinstance(self.booking_widget_promo, Unset):
            booking_widget_promo = UNSET
        elif isinstance(self.booking_widget_promo, LocationListItemBookingWidgetPromo):
            booking_widget_promo = self.booking_widget_promo.to_dict()
        else:
            booking_widget_promo = self.booking_widget_promo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if logo is not UNSET:
            field_dict["logo"] = logo
        if active is not UNSET:
            field_dict["active"] = active
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if email is not UNSET:
            field_dict["email"] = email
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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if app_ios is not UNSET:
            field_dict["app_ios"] = app_ios
        if app_android is not UNSET:
            field_dict["app_android"] = app_android
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if reminds_sms_disabled is not UNSET:
            field_dict["reminds_sms_disabled"] = reminds_sms_disabled
        if reminds_sms_default is not UNSET:
            field_dict["reminds_sms_default"] = reminds_sms_default
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if bookform_group_priority is not UNSET:
            field_dict["bookform_group_priority"] = bookform_group_priority
        if description is not UNSET:
            field_dict["description"] = description
        if photos is not UNSET:
            field_dict["photos"] = photos
        if company_photos is not UNSET:
            field_dict["company_photos"] = company_photos
        if booking_widget_promo is not UNSET:
            field_dict["booking_widget_promo"] = booking_widget_promo

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_list_item_booking_widget_promo import (
            LocationListItemBookingWidgetPromo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        logo = d.pop("logo", UNSET)

        active = d.pop("active", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        email = d.pop("email", UNSET)

        country_id = d.pop("country_id", UNSET)

        schedule = d.pop("schedule", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        _next_slot = d.pop("next_slot", UNSET)
        next_slot: datetime.datetime | Unset
        if isinstance(_next_slot, Unset):
            next_slot = UNSET
        else:
            next_slot = types.parse_iso_datetime(_next_slot)

        app_ios = d.pop("app_ios", UNSET)

        app_android = d.pop("app_android", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        reminds_sms_disabled = d.pop("reminds_sms_disabled", UNSET)

        reminds_sms_default = d.pop("reminds_sms_default", UNSET)

        group_priority = d.pop("group_priority", UNSET)

        bookform_group_priority = d.pop("bookform_group_priority", UNSET)

        description = d.pop("description", UNSET)

        photos = cast(list[str], d.pop("photos", UNSET))

        company_photos = cast(list[str], d.pop("company_photos", UNSET))

        def _parse_booking_widget_promo(data: object) -> LocationListItemBookingWidgetPromo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                booking_widget_promo_type_0 = LocationListItemBookingWidgetPromo.from_dict(data)

                return booking_widget_promo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationListItemBookingWidgetPromo | None | Unset, data)

        booking_widget_promo = _parse_booking_widget_promo(d.pop("booking_widget_promo", UNSET))

        location_list_item = cls(
            id=id,
            title=title,
            public_title=public_title,
            short_descr=short_descr,
            logo=logo,
            active=active,
            phone=phone,
            phones=phones,
            email=email,
            country_id=country_id,
            schedule=schedule,
            country=country,
            city_id=city_id,
            city=city,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            next_slot=next_slot,
            app_ios=app_ios,
            app_android=app_android,
            currency_short_title=currency_short_title,
            reminds_sms_disabled=reminds_sms_disabled,
            reminds_sms_default=reminds_sms_default,
            group_priority=group_priority,
            bookform_group_priority=bookform_group_priority,
            description=description,
            photos=photos,
            company_photos=company_photos,
            booking_widget_promo=booking_widget_promo,
        )

        location_list_item.additional_properties = d
        return location_list_item

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


def _read_next_slot(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    next_slot: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        next_slot = UNSET
    else:
        try:
            next_slot = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            next_slot = types.parse_iso_datetime(json_value)

    return next_slot


ISO_PARSERS[_read_next_slot] = datetime_from_iso


def _read_booking_widget_promo(
    json_value: Any, parse_ctx: ParseContext
) -> LocationListItemBookingWidgetPromo | None | Unset:
    LocationListItemBookingWidgetPromo = MODEL_CLASSES.get(
        "altegio_client.models.location_list_item_booking_widget_promo"
    ) or model_class(
        "altegio_client.models.location_list_item_booking_widget_promo", "LocationListItemBookingWidgetPromo"
    )

    def _parse_booking_widget_promo(data: object) -> LocationListItemBookingWidgetPromo | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            booking_widget_promo_type_0 = LocationListItemBookingWidgetPromo.from_dict(data)

            return booking_widget_promo_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(LocationListItemBookingWidgetPromo | None | Unset, data)

    booking_widget_promo = _parse_booking_widget_promo(json_value)

    return booking_widget_promo


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "public_title",
        "short_descr",
        "logo",
        "active",
        "phone",
        "phones",
        "email",
        "country_id",
        "schedule",
        "country",
        "city_id",
        "city",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "app_ios",
        "app_android",
        "currency_short_title",
        "reminds_sms_disabled",
        "reminds_sms_default",
        "group_priority",
        "bookform_group_priority",
        "description",
        "photos",
        "company_photos",
        "booking_widget_promo",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LocationListItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "public_title": ("public_title", None, False),
    "short_descr": ("short_descr", None, False),
    "logo": ("logo", None, False),
    "active": ("active", None, False),
    "phone": ("phone", None, False),
    "phones": ("phones", None, False),
    "email": ("email", None, False),
    "country_id": ("country_id", None, False),
    "schedule": ("schedule", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "timezone": ("timezone", None, False),
    "timezone_name": ("timezone_name", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "phone_confirmation": ("phone_confirmation", None, False),
    "active_staff_count": ("active_staff_count", None, False),
    "next_slot": ("next_slot", _read_next_slot, False),
    "app_ios": ("app_ios", None, False),
    "app_android": ("app_android", None, False),
    "currency_short_title": ("currency_short_title", None, False),
    "reminds_sms_disabled": ("reminds_sms_disabled", None, False),
    "reminds_sms_default": ("reminds_sms_default", None, False),
    "group_priority": ("group_priority", None, False),
    "bookform_group_priority": ("bookform_group_priority", None, False),
    "description": ("description", None, False),
    "photos": ("photos", None, False),
    "company_photos": ("company_photos", None, False),
    "booking_widget_promo": ("booking_widget_promo", _read_booking_widget_promo, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LocationListItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.public_title = get("public_title", UNSET)
    model.short_descr = get("short_descr", UNSET)
    model.logo = get("logo", UNSET)
    model.active = get("active", UNSET)
    model.phone = get("phone", UNSET)
    model.phones = get("phones", UNSET)
    model.email = get("email", UNSET)
    model.country_id = get("country_id", UNSET)
    model.schedule = get("schedule", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.timezone = get("timezone", UNSET)
    model.timezone_name = get("timezone_name", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.phone_confirmation = get("phone_confirmation", UNSET)
    model.active_staff_count = get("active_staff_count", UNSET)
    model.app_ios = get("app_ios", UNSET)
    model.app_android = get("app_android", UNSET)
    model.currency_short_title = get("currency_short_title", UNSET)
    model.reminds_sms_disabled = get("reminds_sms_disabled", UNSET)
    model.reminds_sms_default = get("reminds_sms_default", UNSET)
    model.group_priority = get("group_priority", UNSET)
    model.bookform_group_priority = get("bookform_group_priority", UNSET)
    model.description = get("description", UNSET)
    model.photos = get("photos", UNSET)
    model.company_photos = get("company_photos", UNSET)


def _fill_converted(
    model: LocationListItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "next_slot" not in done:
        value = get("next_slot", UNSET)
        if value is UNSET:
            model.next_slot = UNSET
        else:
            try:
                try:
                    model.next_slot = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.next_slot = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "booking_widget_promo" not in done:
        value = get("booking_widget_promo", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.booking_widget_promo = UNSET
        else:
            try:
                model.booking_widget_promo = _read_booking_widget_promo(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: LocationListItem | None = None) -> LocationListItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LocationListItem._lazy(json_value, parse_ctx)
        model = new_model(LocationListItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LocationListItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_next_slot, value_booking_widget_promo = fill(json_value, model)
    if value_next_slot is UNSET:
        model.next_slot = UNSET
    else:
        try:
            try:
                model.next_slot = datetime_from_iso(value_next_slot)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.next_slot = types.parse_iso_datetime(value_next_slot)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_booking_widget_promo is UNSET:  # what every optional field's converter returns for it
        model.booking_widget_promo = UNSET
    else:
        try:
            model.booking_widget_promo = _read_booking_widget_promo(value_booking_widget_promo, parse_ctx)
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
        model.__class__ = lazily_read_class(LocationListItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LocationListItem
        del model._raw, model._context
    return model


LocationListItem._lazy_fill = (_fill_plain, _fill_converted, _build)
