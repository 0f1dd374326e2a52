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
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_access import LocationAccess
    from ..models.location_bookforms_item import LocationBookformsItem
    from ..models.location_groups import LocationGroups
    from ..models.location_main_group_type_0 import LocationMainGroupType0
    from ..models.location_payment_policy import LocationPaymentPolicy
    from ..models.location_social import LocationSocial


T = TypeVar("T", bound="Location")


@_attrs_define
class Location(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    """ location ID """
    title: str | Unset = UNSET
    """ location name """
    country_id: int | Unset = UNSET
    """ Identifier of the country in which the location is located """
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
    phone_confirmation: bool | Unset = UNSET
    """ Do I need to confirm the phone by SMS when appointment """
    active_staff_count: float | Unset = UNSET
    """ Number of team members available for appointment """
    next_slot: _datetime.datetime | Unset = UNSET
    """ Date and time of the next free session in the location (ISO8601). The field will be present only if the GET
    parameter forBooking=1 is passed """
    group_priority: int | Unset = UNSET
    """ The higher the priority, the higher the location when displayed in the list of chain locations """
    push_notification_phone_confirm: bool | int | Unset = UNSET
    """ Confirm client number to send push notifications (0/1 or boolean) """
    main_group_id: int | Unset = UNSET
    """ Main location chain ID """
    main_group: list[Any] | LocationMainGroupType0 | Unset = UNSET
    """ Main location chain (object or empty array) """
    groups: LocationGroups | Unset = UNSET
    """ All location chains. Only when show_groups=1 is set """
    bookforms: list[LocationBookformsItem] | Unset = UNSET
    """ location online booking forms (widgets) """
    online_sales_form_url: str | Unset = UNSET
    """ appointment form url. Only if bookform_id is set """
    payment_policy: LocationPaymentPolicy | Unset = UNSET
    """ Currently enabled payment policy for the location """
    access: LocationAccess | Unset = UNSET
    """ Access rights list. Only if my=1 is set """
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

        phone_confirmation = self.phone_confirmation

        active_staff_count = self.active_staff_count

        next_slot: str | Unset = UNSET
        if not isinstance(self.next_slot, Unset):
            next_slot = self.next_slot.isoformat()

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

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        bookforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bookforms, Unset):
            bookforms = []
            for bookforms_item_data in self.bookforms:
                bookforms_item = bookforms_item_data.to_dict()
                bookforms.append(bookforms_item)

        online_sales_form_url = self.online_sales_form_url

        payment_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_policy, Unset):
            payment_policy = self.payment_policy.to_dict()

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
        if phone_confirmation is not UNSET:
            field_dict["phone_confirmation"] = phone_confirmation
        if active_staff_count is not UNSET:
            field_dict["active_staff_count"] = active_staff_count
        if next_slot is not UNSET:
            field_dict["next_slot"] = next_slot
        if group_priority is not UNSET:
            field_dict["group_priority"] = group_priority
        if push_notification_phone_confirm is not UNSET:
            field_dict["push_notification_phone_confirm"] = push_notification_phone_confirm
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if groups is not UNSET:
            field_dict["groups"] = groups
        if bookforms is not UNSET:
            field_dict["bookforms"] = bookforms
        if online_sales_form_url is not UNSET:
            field_dict["online_sales_form_url"] = online_sales_form_url
        if payment_policy is not UNSET:
            field_dict["payment_policy"] = payment_policy
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_access import LocationAccess  # noqa: PLC0415
        from ..models.location_bookforms_item import LocationBookformsItem  # noqa: PLC0415
        from ..models.location_groups import LocationGroups  # noqa: PLC0415
        from ..models.location_main_group_type_0 import LocationMainGroupType0  # noqa: PLC0415
        from ..models.location_payment_policy import LocationPaymentPolicy  # noqa: PLC0415
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

        phone_confirmation = d.pop("phone_confirmation", UNSET)

        active_staff_count = d.pop("active_staff_count", UNSET)

        _next_slot = d.pop("next_slot", UNSET)
        next_slot: datetime.datetime | Unset
        if isinstance(_next_slot, Unset):
            next_slot = UNSET
        else:
            next_slot = types.parse_iso_datetime(_next_slot)

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

        _groups = d.pop("groups", UNSET)
        groups: LocationGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = LocationGroups.from_dict(_groups)

        _bookforms = d.pop("bookforms", UNSET)
        bookforms: list[LocationBookformsItem] | Unset = UNSET
        if _bookforms is not UNSET:
            bookforms = []
            for bookforms_item_data in _bookforms:
                bookforms_item = LocationBookformsItem.from_dict(bookforms_item_data)

                bookforms.append(bookforms_item)

        online_sales_form_url = d.pop("online_sales_form_url", UNSET)

        _payment_policy = d.pop("payment_policy", UNSET)
        payment_policy: LocationPaymentPolicy | Unset
        if isinstance(_payment_policy, Unset):
            payment_policy = UNSET
        else:
            payment_policy = LocationPaymentPolicy.from_dict(_payment_policy)

        _access = d.pop("access", UNSET)
        access: LocationAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = LocationAccess.from_dict(_access)

        location = cls(
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
            phone_confirmation=phone_confirmation,
            active_staff_count=active_staff_count,
            next_slot=next_slot,
            group_priority=group_priority,
            push_notification_phone_confirm=push_notification_phone_confirm,
            main_group_id=main_group_id,
            main_group=main_group,
            groups=groups,
            bookforms=bookforms,
            online_sales_form_url=online_sales_form_url,
            payment_policy=payment_policy,
            access=access,
        )

        location.additional_properties = d
        return location

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


def _read_groups(json_value: Any, parse_ctx: ParseContext) -> LocationGroups | Unset:
    LocationGroups = MODEL_CLASSES.get("altegio_client.models.location_groups") or model_class(
        "altegio_client.models.location_groups", "LocationGroups"
    )

    _groups = json_value
    groups: LocationGroups | Unset
    if isinstance(_groups, Unset):
        groups = UNSET
    else:
        groups = LocationGroups._lazy(_groups, parse_ctx)

    return groups


def _read_bookforms(json_value: Any, parse_ctx: ParseContext) -> list[LocationBookformsItem] | Unset:
    LocationBookformsItem = MODEL_CLASSES.get("altegio_client.models.location_bookforms_item") or model_class(
        "altegio_client.models.location_bookforms_item", "LocationBookformsItem"
    )

    _bookforms = json_value
    bookforms: list[LocationBookformsItem] | Unset = UNSET
    if _bookforms is not UNSET:
        bookforms = LocationBookformsItem._lazy_list(_bookforms, parse_ctx)

    return bookforms


def _read_payment_policy(json_value: Any, parse_ctx: ParseContext) -> LocationPaymentPolicy | Unset:
    LocationPaymentPolicy = MODEL_CLASSES.get("altegio_client.models.location_payment_policy") or model_class(
        "altegio_client.models.location_payment_policy", "LocationPaymentPolicy"
    )

    _payment_policy = json_value
    payment_policy: LocationPaymentPolicy | Unset
    if isinstance(_payment_policy, Unset):
        payment_policy = UNSET
    else:
        payment_policy = LocationPaymentPolicy._lazy(_payment_policy, parse_ctx)

    return payment_policy


def _read_access(json_value: Any, parse_ctx: ParseContext) -> LocationAccess | Unset:
    LocationAccess = MODEL_CLASSES.get("altegio_client.models.location_access") or model_class(
        "altegio_client.models.location_access", "LocationAccess"
    )

    _access = json_value
    access: LocationAccess | Unset
    if isinstance(_access, Unset):
        access = UNSET
    else:
        access = LocationAccess._lazy(_access, parse_ctx)

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
        "phone_confirmation",
        "active_staff_count",
        "next_slot",
        "group_priority",
        "push_notification_phone_confirm",
        "main_group_id",
        "main_group",
        "groups",
        "bookforms",
        "online_sales_form_url",
        "payment_policy",
        "access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Location._lazy_fields = {
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
    "phone_confirmation": ("phone_confirmation", None, False),
    "active_staff_count": ("active_staff_count", None, False),
    "next_slot": ("next_slot", _read_next_slot, False),
    "group_priority": ("group_priority", None, False),
    "push_notification_phone_confirm": ("push_notification_phone_confirm", None, False),
    "main_group_id": ("main_group_id", None, False),
    "main_group": ("main_group", _read_main_group, False),
    "groups": ("groups", _read_groups, False),
    "bookforms": ("bookforms", _read_bookforms, False),
    "online_sales_form_url": ("online_sales_form_url", None, False),
    "payment_policy": ("payment_policy", _read_payment_policy, False),
    "access": ("access", _read_access, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Location, json_value: dict[str, Any]) -> None:
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
    model.phone_confirmation = get("phone_confirmation", UNSET)
    model.active_staff_count = get("active_staff_count", UNSET)
    model.group_priority = get("group_priority", UNSET)
    model.push_notification_phone_confirm = get("push_notification_phone_confirm", UNSET)
    model.main_group_id = get("main_group_id", UNSET)
    model.online_sales_form_url = get("online_sales_form_url", UNSET)


def _fill_converted(model: Location, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
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

    if "main_group" not in done:
        value = get("main_group", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.main_group = UNSET
        else:
            try:
                model.main_group = _read_main_group(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "groups" not in done:
        value = get("groups", UNSET)
        if value is UNSET:
            model.groups = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.location_groups") or model_builder(
                "altegio_client.models.location_groups", "LocationGroups"
            )
            try:
                model.groups = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "bookforms" not in done:
        value = get("bookforms", UNSET)
        if value is UNSET:
            model.bookforms = UNSET
        elif value == []:
            model.bookforms = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.location_bookforms_item") or model_builder(
                "altegio_client.models.location_bookforms_item", "LocationBookformsItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.bookforms = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "payment_policy" not in done:
        value = get("payment_policy", UNSET)
        if value is UNSET:
            model.payment_policy = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.location_payment_policy") or model_builder(
                "altegio_client.models.location_payment_policy", "LocationPaymentPolicy"
            )
            try:
                model.payment_policy = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "access" not in done:
        value = get("access", UNSET)
        if value is UNSET:
            model.access = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.location_access") or model_builder(
                "altegio_client.models.location_access", "LocationAccess"
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


def _build(json_value: Any, parse_ctx: ParseContext, model: Location | None = None) -> Location:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Location._lazy(json_value, parse_ctx)
        model = new_model(Location)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Location, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_social,
        value_next_slot,
        value_main_group,
        value_groups,
        value_bookforms,
        value_payment_policy,
        value_access,
    ) = fill(json_value, model)
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

    if value_main_group is UNSET:  # what every optional field's converter returns for it
        model.main_group = UNSET
    else:
        try:
            model.main_group = _read_main_group(value_main_group, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_groups is UNSET:
        model.groups = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.location_groups") or model_builder(
            "altegio_client.models.location_groups", "LocationGroups"
        )
        try:
            model.groups = build(value_groups, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_bookforms is UNSET:
        model.bookforms = UNSET
    elif value_bookforms == []:
        model.bookforms = value_bookforms  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.location_bookforms_item") or model_builder(
            "altegio_client.models.location_bookforms_item", "LocationBookformsItem"
        )
        try:
            if _builtins.type(value_bookforms) is not list:
                raise TypeError
            model.bookforms = [build(item, parse_ctx) for item in value_bookforms]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_payment_policy is UNSET:
        model.payment_policy = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.location_payment_policy") or model_builder(
            "altegio_client.models.location_payment_policy", "LocationPaymentPolicy"
        )
        try:
            model.payment_policy = build(value_payment_policy, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_access is UNSET:
        model.access = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.location_access") or model_builder(
            "altegio_client.models.location_access", "LocationAccess"
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
        model.__class__ = lazily_read_class(Location)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Location
        del model._raw, model._context
    return model


Location._lazy_fill = (_fill_plain, _fill_converted, _build)
