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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataNotification")


@_attrs_define
class UserPermissionsResponseDataTypesDataNotification(LazyModel):
    """Notification settings"""

    notification: bool | Unset = UNSET
    """ true - access to Notifications, false - no access """
    web_push: bool | Unset = UNSET
    """ true - there is access to show Push notifications about posts in the Web version, false - no access """
    web_phone_push: bool | Unset = UNSET
    """ true - there is access to show Push notifications about calls in the Web version, false - no access """
    notification_sms_ending_license: bool | Unset = UNSET
    """ true - there is access to send SMS notifications about imminent license expiration, false - no access """
    notification_sms_low_balance: bool | Unset = UNSET
    """ true - there is access to send SMS notifications about low balance, false - no access """
    notification_email_ending_license: bool | Unset = UNSET
    """ true - there is access to send Email notifications about imminent license expiration, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        web_push = self.web_push

        web_phone_push = self.web_phone_push

        notification_sms_ending_license = self.notification_sms_ending_license

        notification_sms_low_balance = self.notification_sms_low_balance

        notification_email_ending_license = self.notification_email_ending_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if web_push is not UNSET:
            field_dict["web_push"] = web_push
        if web_phone_push is not UNSET:
            field_dict["web_phone_push"] = web_phone_push
        if notification_sms_ending_license is not UNSET:
            field_dict["notification_sms_ending_license"] = notification_sms_ending_license
        if notification_sms_low_balance is not UNSET:
            field_dict["notification_sms_low_balance"] = notification_sms_low_balance
        if notification_email_ending_license is not UNSET:
            field_dict["notification_email_ending_license"] = notification_email_ending_license

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notification = d.pop("notification", UNSET)

        web_push = d.pop("web_push", UNSET)

        web_phone_push = d.pop("web_phone_push", UNSET)

        notification_sms_ending_license = d.pop("notification_sms_ending_license", UNSET)

        notification_sms_low_balance = d.pop("notification_sms_low_balance", UNSET)

        notification_email_ending_license = d.pop("notification_email_ending_license", UNSET)

        user_permissions_response_data_types_data_notification = cls(
            notification=notification,
            web_push=web_push,
            web_phone_push=web_phone_push,
            notification_sms_ending_license=notification_sms_ending_license,
            notification_sms_low_balance=notification_sms_low_balance,
            notification_email_ending_license=notification_email_ending_license,
        )

        user_permissions_response_data_types_data_notification.additional_properties = d
        return user_permissions_response_data_types_data_notification

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
        "notification",
        "web_push",
        "web_phone_push",
        "notification_sms_ending_license",
        "notification_sms_low_balance",
        "notification_email_ending_license",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataNotification._lazy_fields = {
    "notification": ("notification", None, False),
    "web_push": ("web_push", None, False),
    "web_phone_push": ("web_phone_push", None, False),
    "notification_sms_ending_license": ("notification_sms_ending_license", None, False),
    "notification_sms_low_balance": ("notification_sms_low_balance", None, False),
    "notification_email_ending_license": ("notification_email_ending_license", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataNotification, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.notification = get("notification", UNSET)
    model.web_push = get("web_push", UNSET)
    model.web_phone_push = get("web_phone_push", UNSET)
    model.notification_sms_ending_license = get("notification_sms_ending_license", UNSET)
    model.notification_sms_low_balance = get("notification_sms_low_balance", UNSET)
    model.notification_email_ending_license = get("notification_email_ending_license", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataNotification,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataNotification | None = None
) -> UserPermissionsResponseDataTypesDataNotification:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataNotification._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataNotification
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
        layout = layout_of(UserPermissionsResponseDataTypesDataNotification, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataNotification)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataNotification
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataNotification._lazy_fill = (_fill_plain, _fill_converted, _build)
