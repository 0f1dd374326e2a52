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

T = TypeVar("T", bound="EventBookRequest")


@_attrs_define
class EventBookRequest(LazyModel):
    """Book Event request body

    Example:
        {'fullname': 'James Smith', 'phone': '+13155550175', 'email': 'j.smith@example.com', 'code': 0, 'comment': '',
            'notify_by_sms': 0, 'notify_by_email': 0, 'type': 'mobile'}

    """

    fullname: str
    """ Client name """
    phone: str
    """ Customer phone (for example +13155550175) """
    email: str
    """ Postal address of the client """
    code: float | Unset = UNSET
    """ SMS confirmation code for verifying the phone number. This field is required if the location has
    phone_confirmation = true """
    comment: str | Unset = UNSET
    """ Appointment Comment """
    notify_by_sms: int | Unset = UNSET
    """ Specifies how many hours in advance an SMS reminder should be sent before the appointment. Set to 0 to
    disable SMS reminders. """
    notify_by_email: int | Unset = UNSET
    """ Specifies how many hours in advance an email reminder should be sent before the appointment. Set to 0 to
    disable email reminders """
    type: str | Unset = UNSET
    """ Appointment source """
    api_id: int | Unset = UNSET
    """ Appointment ID from external system """
    clients_count: float | Unset = UNSET
    """ number of seats """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fullname = self.fullname

        phone = self.phone

        email = self.email

        code = self.code

        comment = self.comment

        notify_by_sms = self.notify_by_sms

        notify_by_email = self.notify_by_email

        type = self.type

        api_id = self.api_id

        clients_count = self.clients_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fullname": fullname,
                "phone": phone,
                "email": email,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if comment is not UNSET:
            field_dict["comment"] = comment
        if notify_by_sms is not UNSET:
            field_dict["notify_by_sms"] = notify_by_sms
        if notify_by_email is not UNSET:
            field_dict["notify_by_email"] = notify_by_email
        if type is not UNSET:
            field_dict["type"] = type
        if api_id is not UNSET:
            field_dict["api_id"] = api_id
        if clients_count is not UNSET:
            field_dict["clients_count"] = clients_count

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fullname = d.pop("fullname")

        phone = d.pop("phone")

        email = d.pop("email")

        code = d.pop("code", UNSET)

        comment = d.pop("comment", UNSET)

        notify_by_sms = d.pop("notify_by_sms", UNSET)

        notify_by_email = d.pop("notify_by_email", UNSET)

        type = d.pop("type", UNSET)

        api_id = d.pop("api_id", UNSET)

        clients_count = d.pop("clients_count", UNSET)

        event_book_request = cls(
            fullname=fullname,
            phone=phone,
            email=email,
            code=code,
            comment=comment,
            notify_by_sms=notify_by_sms,
            notify_by_email=notify_by_email,
            type=type,
            api_id=api_id,
            clients_count=clients_count,
        )

        event_book_request.additional_properties = d
        return event_book_request

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
        "fullname",
        "phone",
        "email",
        "code",
        "comment",
        "notify_by_sms",
        "notify_by_email",
        "type",
        "api_id",
        "clients_count",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventBookRequest._lazy_fields = {
    "fullname": ("fullname", None, True),
    "phone": ("phone", None, True),
    "email": ("email", None, True),
    "code": ("code", None, False),
    "comment": ("comment", None, False),
    "notify_by_sms": ("notify_by_sms", None, False),
    "notify_by_email": ("notify_by_email", None, False),
    "type": ("type", None, False),
    "api_id": ("api_id", None, False),
    "clients_count": ("clients_count", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: EventBookRequest, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "fullname" in json_value:
        model.fullname = json_value["fullname"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "email" in json_value:
        model.email = json_value["email"]
    model.code = get("code", UNSET)
    model.comment = get("comment", UNSET)
    model.notify_by_sms = get("notify_by_sms", UNSET)
    model.notify_by_email = get("notify_by_email", UNSET)
    model.type = get("type", UNSET)
    model.api_id = get("api_id", UNSET)
    model.clients_count = get("clients_count", UNSET)


def _fill_converted(
    model: EventBookRequest, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: EventBookRequest | None = None) -> EventBookRequest:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventBookRequest._lazy(json_value, parse_ctx)
        model = new_model(EventBookRequest)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventBookRequest, keys)
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
        model.__class__ = lazily_read_class(EventBookRequest)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventBookRequest
        del model._raw, model._context
    return model


EventBookRequest._lazy_fill = (_fill_plain, _fill_converted, _build)
