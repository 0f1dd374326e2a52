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
from ..models.salon_active import SalonActive, check_salon_active
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_and_title import IdAndTitle
    from ..models.salon_schedule import SalonSchedule
    from ..models.salon_social import SalonSocial


T = TypeVar("T", bound="Salon")


@_attrs_define
class Salon(LazyModel):
    """Location data sent in webhook notifications. Corresponds to the output of the location detail API. Contains
    comprehensive location information.

    """

    id: int | Unset = UNSET
    """ Location ID. """
    title: str | Unset = UNSET
    """ Location name. """
    public_title: str | Unset = UNSET
    """ Public display name. """
    phone: str | Unset = UNSET
    """ Primary phone number. """
    phones: list[str] | Unset = UNSET
    """ All phone numbers. """
    country_id: int | Unset = UNSET
    country: str | Unset = UNSET
    city_id: int | Unset = UNSET
    city: str | Unset = UNSET
    active: SalonActive | Unset = UNSET
    """ 1 — active, 0 — inactive. """
    timezone: str | Unset = UNSET
    """ Timezone offset (e.g. "+3"). """
    timezone_name: str | Unset = UNSET
    """ IANA timezone name. """
    address: str | Unset = UNSET
    coordinate_lat: float | Unset = UNSET
    coordinate_lon: float | Unset = UNSET
    currency_short_title: str | Unset = UNSET
    """ Currency code (e.g. "USD"). """
    business_group_id: int | Unset = UNSET
    business_type_id: int | Unset = UNSET
    site: str | Unset = UNSET
    """ Website URL. """
    zip: str | Unset = UNSET
    logo: str | Unset = UNSET
    """ Logo URL. """
    short_descr: str | Unset = UNSET
    """ Short description. """
    description: str | Unset = UNSET
    """ Full description (HTML). """
    schedule: SalonSchedule | Unset = UNSET
    """ Working hours schedule. """
    email: str | Unset = UNSET
    social: SalonSocial | Unset = UNSET
    """ Social media links. """
    main_group_id: int | Unset = UNSET
    main_group: IdAndTitle | None | Unset = UNSET
    record_type_id: int | Unset = UNSET
    booking_comment_required: bool | Unset = UNSET
    booking_email_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415

        id = self.id

        title = self.title

        public_title = self.public_title

        phone = self.phone

        phones: list[str] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = self.phones

        country_id = self.country_id

        country = self.country

        city_id = self.city_id

        city = self.city

        active: int | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active

        timezone = self.timezone

        timezone_name = self.timezone_name

        address = self.address

        coordinate_lat = self.coordinate_lat

        coordinate_lon = self.coordinate_lon

        currency_short_title = self.currency_short_title

        business_group_id = self.business_group_id

        business_type_id = self.business_type_id

        site = self.site

        zip = self.zip

        logo = self.logo

        short_descr = self.short_descr

        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        email = self.email

        social: dict[str, Any] | Unset = UNSET
        if not isinstance(self.social, Unset):
            social = self.social.to_dict()

        main_group_id = self.main_group_id

        main_group: dict[str, Any] | None | Unset
        if isinstance(self.main_group, Unset):
            main_group = UNSET
        elif isinstance(self.main_group, IdAndTitle):
            main_group = self.main_group.to_dict()
        else:
            main_group = self.main_group

        record_type_id = self.record_type_id

        booking_comment_required = self.booking_comment_required

        booking_email_required = self.booking_email_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if public_title is not UNSET:
            field_dict["public_title"] = public_title
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phones is not UNSET:
            field_dict["phones"] = phones
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if country is not UNSET:
            field_dict["country"] = country
        if city_id is not UNSET:
            field_dict["city_id"] = city_id
        if city is not UNSET:
            field_dict["city"] = city
        if active is not UNSET:
            field_dict["active"] = active
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
        if currency_short_title is not UNSET:
            field_dict["currency_short_title"] = currency_short_title
        if business_group_id is not UNSET:
            field_dict["business_group_id"] = business_group_id
        if business_type_id is not UNSET:
            field_dict["business_type_id"] = business_type_id
        if site is not UNSET:
            field_dict["site"] = site
        if zip is not UNSET:
            field_dict["zip"] = zip
        if logo is not UNSET:
            field_dict["logo"] = logo
        if short_descr is not UNSET:
            field_dict["short_descr"] = short_descr
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if email is not UNSET:
            field_dict["email"] = email
        if social is not UNSET:
            field_dict["social"] = social
        if main_group_id is not UNSET:
            field_dict["main_group_id"] = main_group_id
        if main_group is not UNSET:
            field_dict["main_group"] = main_group
        if record_type_id is not UNSET:
            field_dict["record_type_id"] = record_type_id
        if booking_comment_required is not UNSET:
            field_dict["booking_comment_required"] = booking_comment_required
        if booking_email_required is not UNSET:
            field_dict["booking_email_required"] = booking_email_required

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415
        from ..models.salon_schedule import SalonSchedule  # noqa: PLC0415
        from ..models.salon_social import SalonSocial  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        public_title = d.pop("public_title", UNSET)

        phone = d.pop("phone", UNSET)

        phones = cast(list[str], d.pop("phones", UNSET))

        country_id = d.pop("country_id", UNSET)

        country = d.pop("country", UNSET)

        city_id = d.pop("city_id", UNSET)

        city = d.pop("city", UNSET)

        _active = d.pop("active", UNSET)
        active: SalonActive | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = check_salon_active(_active)

        timezone = d.pop("timezone", UNSET)

        timezone_name = d.pop("timezone_name", UNSET)

        address = d.pop("address", UNSET)

        coordinate_lat = d.pop("coordinate_lat", UNSET)

        coordinate_lon = d.pop("coordinate_lon", UNSET)

        currency_short_title = d.pop("currency_short_title", UNSET)

        business_group_id = d.pop("business_group_id", UNSET)

        business_type_id = d.pop("business_type_id", UNSET)

        site = d.pop("site", UNSET)

        zip = d.pop("zip", UNSET)

        logo = d.pop("logo", UNSET)

        short_descr = d.pop("short_descr", UNSET)

        description = d.pop("description", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: SalonSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = SalonSchedule.from_dict(_schedule)

        email = d.pop("email", UNSET)

        _social = d.pop("social", UNSET)
        social: SalonSocial | Unset
        if isinstance(_social, Unset):
            social = UNSET
        else:
            social = SalonSocial.from_dict(_social)

        main_group_id = d.pop("main_group_id", UNSET)

        def _parse_main_group(data: object) -> IdAndTitle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_group_type_0 = IdAndTitle.from_dict(data)

                return main_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdAndTitle | None | Unset, data)

        main_group = _parse_main_group(d.pop("main_group", UNSET))

        record_type_id = d.pop("record_type_id", UNSET)

        booking_comment_required = d.pop("booking_comment_required", UNSET)

        booking_email_required = d.pop("booking_email_required", UNSET)

        salon = cls(
            id=id,
            title=title,
            public_title=public_title,
            phone=phone,
            phones=phones,
            country_id=country_id,
            country=country,
            city_id=city_id,
            city=city,
            active=active,
            timezone=timezone,
            timezone_name=timezone_name,
            address=address,
            coordinate_lat=coordinate_lat,
            coordinate_lon=coordinate_lon,
            currency_short_title=currency_short_title,
            business_group_id=business_group_id,
            business_type_id=business_type_id,
            site=site,
            zip=zip,
            logo=logo,
            short_descr=short_descr,
            description=description,
            schedule=schedule,
            email=email,
            social=social,
            main_group_id=main_group_id,
            main_group=main_group,
            record_type_id=record_type_id,
            booking_comment_required=booking_comment_required,
            booking_email_required=booking_email_required,
        )

        salon.additional_properties = d
        return salon

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


def _read_active(json_value: Any, parse_ctx: ParseContext) -> SalonActive | Unset:

    _active = json_value
    active: SalonActive | Unset
    if isinstance(_active, Unset):
        active = UNSET
    else:
        active = check_salon_active(_active)

    return active


def _read_schedule(json_value: Any, parse_ctx: ParseContext) -> SalonSchedule | Unset:
    SalonSchedule = MODEL_CLASSES.get("altegio_client.models.salon_schedule") or model_class(
        "altegio_client.models.salon_schedule", "SalonSchedule"
    )

    _schedule = json_value
    schedule: SalonSchedule | Unset
    if isinstance(_schedule, Unset):
        schedule = UNSET
    else:
        schedule = SalonSchedule._lazy(_schedule, parse_ctx)

    return schedule


def _read_social(json_value: Any, parse_ctx: ParseContext) -> SalonSocial | Unset:
    SalonSocial = MODEL_CLASSES.get("altegio_client.models.salon_social") or model_class(
        "altegio_client.models.salon_social", "SalonSocial"
    )

    _social = json_value
    social: SalonSocial | Unset
    if isinstance(_social, Unset):
        social = UNSET
    else:
        social = SalonSocial._lazy(_social, parse_ctx)

    return social


def _read_main_group(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | None | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    def _parse_main_group(data: object) -> IdAndTitle | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            main_group_type_0 = IdAndTitle.from_dict(data)

            return main_group_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(IdAndTitle | None | Unset, data)

    main_group = _parse_main_group(json_value)

    return main_group


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "public_title",
        "phone",
        "phones",
        "country_id",
        "country",
        "city_id",
        "city",
        "active",
        "timezone",
        "timezone_name",
        "address",
        "coordinate_lat",
        "coordinate_lon",
        "currency_short_title",
        "business_group_id",
        "business_type_id",
        "site",
        "zip",
        "logo",
        "short_descr",
        "description",
        "schedule",
        "email",
        "social",
        "main_group_id",
        "main_group",
        "record_type_id",
        "booking_comment_required",
        "booking_email_required",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Salon._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "public_title": ("public_title", None, False),
    "phone": ("phone", None, False),
    "phones": ("phones", None, False),
    "country_id": ("country_id", None, False),
    "country": ("country", None, False),
    "city_id": ("city_id", None, False),
    "city": ("city", None, False),
    "active": ("active", _read_active, False),
    "timezone": ("timezone", None, False),
    "timezone_name": ("timezone_name", None, False),
    "address": ("address", None, False),
    "coordinate_lat": ("coordinate_lat", None, False),
    "coordinate_lon": ("coordinate_lon", None, False),
    "currency_short_title": ("currency_short_title", None, False),
    "business_group_id": ("business_group_id", None, False),
    "business_type_id": ("business_type_id", None, False),
    "site": ("site", None, False),
    "zip": ("zip", None, False),
    "logo": ("logo", None, False),
    "short_descr": ("short_descr", None, False),
    "description": ("description", None, False),
    "schedule": ("schedule", _read_schedule, False),
    "email": ("email", None, False),
    "social": ("social", _read_social, False),
    "main_group_id": ("main_group_id", None, False),
    "main_group": ("main_group", _read_main_group, False),
    "record_type_id": ("record_type_id", None, False),
    "booking_comment_required": ("booking_comment_required", None, False),
    "booking_email_required": ("booking_email_required", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Salon, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.public_title = get("public_title", UNSET)
    model.phone = get("phone", UNSET)
    model.phones = get("phones", UNSET)
    model.country_id = get("country_id", UNSET)
    model.country = get("country", UNSET)
    model.city_id = get("city_id", UNSET)
    model.city = get("city", UNSET)
    model.timezone = get("timezone", UNSET)
    model.timezone_name = get("timezone_name", UNSET)
    model.address = get("address", UNSET)
    model.coordinate_lat = get("coordinate_lat", UNSET)
    model.coordinate_lon = get("coordinate_lon", UNSET)
    model.currency_short_title = get("currency_short_title", UNSET)
    model.business_group_id = get("business_group_id", UNSET)
    model.business_type_id = get("business_type_id", UNSET)
    model.site = get("site", UNSET)
    model.zip = get("zip", UNSET)
    model.logo = get("logo", UNSET)
    model.short_descr = get("short_descr", UNSET)
    model.description = get("description", UNSET)
    model.email = get("email", UNSET)
    model.main_group_id = get("main_group_id", UNSET)
    model.record_type_id = get("record_type_id", UNSET)
    model.booking_comment_required = get("booking_comment_required", UNSET)
    model.booking_email_required = get("booking_email_required", UNSET)


def _fill_converted(model: Salon, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "active" not in done:
        value = get("active", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.active = UNSET
        else:
            try:
                model.active = _read_active(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "schedule" not in done:
        value = get("schedule", UNSET)
        if value is UNSET:
            model.schedule = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.salon_schedule") or model_builder(
                "altegio_client.models.salon_schedule", "SalonSchedule"
            )
            try:
                model.schedule = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "social" not in done:
        value = get("social", UNSET)
        if value is UNSET:
            model.social = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.salon_social") or model_builder(
                "altegio_client.models.salon_social", "SalonSocial"
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

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Salon | None = None) -> Salon:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Salon._lazy(json_value, parse_ctx)
        model = new_model(Salon)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Salon, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_active, value_schedule, value_social, value_main_group = fill(json_value, model)
    if value_active is UNSET:  # what every optional field's converter returns for it
        model.active = UNSET
    else:
        try:
            model.active = _read_active(value_active, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_schedule is UNSET:
        model.schedule = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.salon_schedule") or model_builder(
            "altegio_client.models.salon_schedule", "SalonSchedule"
        )
        try:
            model.schedule = build(value_schedule, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_social is UNSET:
        model.social = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.salon_social") or model_builder(
            "altegio_client.models.salon_social", "SalonSocial"
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

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(Salon)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Salon
        del model._raw, model._context
    return model


Salon._lazy_fill = (_fill_plain, _fill_converted, _build)
