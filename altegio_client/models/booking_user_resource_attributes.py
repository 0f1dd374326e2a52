from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)

T = TypeVar("T", bound="BookingUserResourceAttributes")


@_attrs_define
class BookingUserResourceAttributes(LazyModel):
    name: str
    """ Booking User first name """
    surname: str
    """ Booking User surname, subject to Business User permissions """
    patronymic: str
    """ Booking User patronymic, subject to Business User permissions """
    phone: str
    """ Booking User phone number, subject to Business User permissions """
    additional_phone: str
    """ Additional phone number, or an empty string """
    email: str
    """ Email address, or an empty string """
    comment: str
    """ Booking User card comment, subject to Business User permissions """
    client_tips: bool
    """ Whether the Booking User can leave tips """
    birthday: None | str
    """ Birthday without a timezone, or `null` """
    card_number: str
    """ Booking User card number, or an empty string """
    gender: int
    """ Literal gender wire value """
    discount: float
    """ Deprecated discount percentage; use `discount_percent` """
    discount_percent: float
    """ Booking User discount percentage """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        phone = self.phone

        additional_phone = self.additional_phone

        email = self.email

        comment = self.comment

        client_tips = self.client_tips

        birthday: None | str
        birthday = self.birthday

        card_number = self.card_number

        gender = self.gender

        discount = self.discount

        discount_percent = self.discount_percent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "surname": surname,
                "patronymic": patronymic,
                "phone": phone,
                "additional_phone": additional_phone,
                "email": email,
                "comment": comment,
                "client_tips": client_tips,
                "birthday": birthday,
                "card_number": card_number,
                "gender": gender,
                "discount": discount,
                "discount_percent": discount_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        surname = d.pop("surname")

        patronymic = d.pop("patronymic")

        phone = d.pop("phone")

        additional_phone = d.pop("additional_phone")

        email = d.pop("email")

        comment = d.pop("comment")

        client_tips = d.pop("client_tips")

        def _parse_birthday(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        birthday = _parse_birthday(d.pop("birthday"))

        card_number = d.pop("card_number")

        gender = d.pop("gender")

        discount = d.pop("discount")

        discount_percent = d.pop("discount_percent")

        booking_user_resource_attributes = cls(
            name=name,
            surname=surname,
            patronymic=patronymic,
            phone=phone,
            additional_phone=additional_phone,
            email=email,
            comment=comment,
            client_tips=client_tips,
            birthday=birthday,
            card_number=card_number,
            gender=gender,
            discount=discount,
            discount_percent=discount_percent,
        )

        return booking_user_resource_attributes


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookingUserResourceAttributes._lazy_fields = {
    "name": ("name", None, True),
    "surname": ("surname", None, True),
    "patronymic": ("patronymic", None, True),
    "phone": ("phone", None, True),
    "additional_phone": ("additional_phone", None, True),
    "email": ("email", None, True),
    "comment": ("comment", None, True),
    "client_tips": ("client_tips", None, True),
    "birthday": ("birthday", None, True),
    "card_number": ("card_number", None, True),
    "gender": ("gender", None, True),
    "discount": ("discount", None, True),
    "discount_percent": ("discount_percent", None, True),
}


def _fill_plain(model: BookingUserResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "name" in json_value:
        model.name = json_value["name"]
    if "surname" in json_value:
        model.surname = json_value["surname"]
    if "patronymic" in json_value:
        model.patronymic = json_value["patronymic"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "additional_phone" in json_value:
        model.additional_phone = json_value["additional_phone"]
    if "email" in json_value:
        model.email = json_value["email"]
    if "comment" in json_value:
        model.comment = json_value["comment"]
    if "client_tips" in json_value:
        model.client_tips = json_value["client_tips"]
    if "birthday" in json_value:
        model.birthday = json_value["birthday"]
    if "card_number" in json_value:
        model.card_number = json_value["card_number"]
    if "gender" in json_value:
        model.gender = json_value["gender"]
    if "discount" in json_value:
        model.discount = json_value["discount"]
    if "discount_percent" in json_value:
        model.discount_percent = json_value["discount_percent"]


def _fill_converted(
    model: BookingUserResourceAttributes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookingUserResourceAttributes | None = None
) -> BookingUserResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookingUserResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(BookingUserResourceAttributes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookingUserResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(BookingUserResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookingUserResourceAttributes
        del model._raw, model._context
    return model


BookingUserResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
