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

T = TypeVar("T", bound="BookingUserGetDataResponseDataTypes")


@_attrs_define
class BookingUserGetDataResponseDataTypes(LazyModel):
    """Retrieving Online Booking User Data

    Example:
        {'0': '152afb01134237bc844d7e', 'id': 32132133, 'user_token': '152afb01134237bc844d7e', 'name': 'James Smith',
            'phone': '+13155550175', 'login': 'j.smith', 'email': 'j.smith@example.com', 'avatar':
            'https://api.alteg.io/images/avatar.png'}

    """

    field_0: str | Unset = UNSET
    """ User Token """
    id: int | Unset = UNSET
    """ User ID """
    user_token: str | Unset = UNSET
    """ User Token """
    name: str | Unset = UNSET
    """ Username """
    phone: str | Unset = UNSET
    """ User phone """
    login: str | Unset = UNSET
    """ User login """
    email: str | Unset = UNSET
    """ User mail """
    avatar: str | Unset = UNSET
    """ User avatar """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_0 = self.field_0

        id = self.id

        user_token = self.user_token

        name = self.name

        phone = self.phone

        login = self.login

        email = self.email

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_0 is not UNSET:
            field_dict["0"] = field_0
        if id is not UNSET:
            field_dict["id"] = id
        if user_token is not UNSET:
            field_dict["user_token"] = user_token
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if login is not UNSET:
            field_dict["login"] = login
        if email is not UNSET:
            field_dict["email"] = email
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_0 = d.pop("0", UNSET)

        id = d.pop("id", UNSET)

        user_token = d.pop("user_token", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        login = d.pop("login", UNSET)

        email = d.pop("email", UNSET)

        avatar = d.pop("avatar", UNSET)

        booking_user_get_data_response_data_types = cls(
            field_0=field_0,
            id=id,
            user_token=user_token,
            name=name,
            phone=phone,
            login=login,
            email=email,
            avatar=avatar,
        )

        booking_user_get_data_response_data_types.additional_properties = d
        return booking_user_get_data_response_data_types

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
        "0",
        "id",
        "user_token",
        "name",
        "phone",
        "login",
        "email",
        "avatar",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookingUserGetDataResponseDataTypes._lazy_fields = {
    "field_0": ("0", None, False),
    "id": ("id", None, False),
    "user_token": ("user_token", None, False),
    "name": ("name", None, False),
    "phone": ("phone", None, False),
    "login": ("login", None, False),
    "email": ("email", None, False),
    "avatar": ("avatar", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookingUserGetDataResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.field_0 = get("0", UNSET)
    model.id = get("id", UNSET)
    model.user_token = get("user_token", UNSET)
    model.name = get("name", UNSET)
    model.phone = get("phone", UNSET)
    model.login = get("login", UNSET)
    model.email = get("email", UNSET)
    model.avatar = get("avatar", UNSET)


def _fill_converted(
    model: BookingUserGetDataResponseDataTypes,
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
    json_value: Any, parse_ctx: ParseContext, model: BookingUserGetDataResponseDataTypes | None = None
) -> BookingUserGetDataResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookingUserGetDataResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            BookingUserGetDataResponseDataTypes
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
        layout = layout_of(BookingUserGetDataResponseDataTypes, keys)
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
        model.__class__ = lazily_read_class(BookingUserGetDataResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookingUserGetDataResponseDataTypes
        del model._raw, model._context
    return model


BookingUserGetDataResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
