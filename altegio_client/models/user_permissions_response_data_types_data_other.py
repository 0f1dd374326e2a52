from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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


T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataOther")


@_attrs_define
class UserPermissionsResponseDataTypesDataOther(LazyModel):
    """Access to analytics, billing, SMS mailings and enabling access to a location by IP address"""

    stat_access: bool | Unset = UNSET
    """ true - there is access to analytics, false - no access """
    analytics_constructor_access: bool | Unset = UNSET
    """ true - there is access to analytics constructor, false - no access """
    billing_access: bool | Unset = UNSET
    """ true - there is access to billing (balance menu section), false - no access """
    billing_invoices_access: bool | Unset = UNSET
    """ true - there is access to billing invoices, false - no access """
    send_sms: bool | Unset = UNSET
    """ true - there is access to SMS distribution to clients, false - no access """
    auth_enable_check_ip: bool | Unset = UNSET
    """ true - there is access to the location only from IP addresses (v4, v6), false - no access """
    auth_list_allowed_ip: list[JsonObject] | Unset = UNSET
    """ list of IP addresses """
    salon_to_salon_group_add_access: bool | Unset = UNSET
    """ true - there is access to add locations to location groups, false - no access """
    is_salon_tips_manager: bool | Unset = UNSET
    """ true - user is a tips manager, false - not a tips manager """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_access = self.stat_access

        analytics_constructor_access = self.analytics_constructor_access

        billing_access = self.billing_access

        billing_invoices_access = self.billing_invoices_access

        send_sms = self.send_sms

        auth_enable_check_ip = self.auth_enable_check_ip

        auth_list_allowed_ip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auth_list_allowed_ip, Unset):
            auth_list_allowed_ip = []
            for auth_list_allowed_ip_item_data in self.auth_list_allowed_ip:
                auth_list_allowed_ip_item = auth_list_allowed_ip_item_data.to_dict()
                auth_list_allowed_ip.append(auth_list_allowed_ip_item)

        salon_to_salon_group_add_access = self.salon_to_salon_group_add_access

        is_salon_tips_manager = self.is_salon_tips_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if analytics_constructor_access is not UNSET:
            field_dict["analytics_constructor_access"] = analytics_constructor_access
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if billing_invoices_access is not UNSET:
            field_dict["billing_invoices_access"] = billing_invoices_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if auth_enable_check_ip is not UNSET:
            field_dict["auth_enable_check_ip"] = auth_enable_check_ip
        if auth_list_allowed_ip is not UNSET:
            field_dict["auth_list_allowed_ip"] = auth_list_allowed_ip
        if salon_to_salon_group_add_access is not UNSET:
            field_dict["salon_to_salon_group_add_access"] = salon_to_salon_group_add_access
        if is_salon_tips_manager is not UNSET:
            field_dict["is_salon_tips_manager"] = is_salon_tips_manager

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        stat_access = d.pop("stat_access", UNSET)

        analytics_constructor_access = d.pop("analytics_constructor_access", UNSET)

        billing_access = d.pop("billing_access", UNSET)

        billing_invoices_access = d.pop("billing_invoices_access", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        auth_enable_check_ip = d.pop("auth_enable_check_ip", UNSET)

        _auth_list_allowed_ip = d.pop("auth_list_allowed_ip", UNSET)
        auth_list_allowed_ip: list[JsonObject] | Unset = UNSET
        if _auth_list_allowed_ip is not UNSET:
            auth_list_allowed_ip = []
            for auth_list_allowed_ip_item_data in _auth_list_allowed_ip:
                auth_list_allowed_ip_item = JsonObject.from_dict(auth_list_allowed_ip_item_data)

                auth_list_allowed_ip.append(auth_list_allowed_ip_item)

        salon_to_salon_group_add_access = d.pop("salon_to_salon_group_add_access", UNSET)

        is_salon_tips_manager = d.pop("is_salon_tips_manager", UNSET)

        user_permissions_response_data_types_data_other = cls(
            stat_access=stat_access,
            analytics_constructor_access=analytics_constructor_access,
            billing_access=billing_access,
            billing_invoices_access=billing_invoices_access,
            send_sms=send_sms,
            auth_enable_check_ip=auth_enable_check_ip,
            auth_list_allowed_ip=auth_list_allowed_ip,
            salon_to_salon_group_add_access=salon_to_salon_group_add_access,
            is_salon_tips_manager=is_salon_tips_manager,
        )

        user_permissions_response_data_types_data_other.additional_properties = d
        return user_permissions_response_data_types_data_other

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


def _read_auth_list_allowed_ip(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _auth_list_allowed_ip = json_value
    auth_list_allowed_ip: list[JsonObject] | Unset = UNSET
    if _auth_list_allowed_ip is not UNSET:
        auth_list_allowed_ip = JsonObject._lazy_list(_auth_list_allowed_ip, parse_ctx)

    return auth_list_allowed_ip


_DECLARED_KEYS = frozenset(
    {
        "stat_access",
        "analytics_constructor_access",
        "billing_access",
        "billing_invoices_access",
        "send_sms",
        "auth_enable_check_ip",
        "auth_list_allowed_ip",
        "salon_to_salon_group_add_access",
        "is_salon_tips_manager",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataOther._lazy_fields = {
    "stat_access": ("stat_access", None, False),
    "analytics_constructor_access": ("analytics_constructor_access", None, False),
    "billing_access": ("billing_access", None, False),
    "billing_invoices_access": ("billing_invoices_access", None, False),
    "send_sms": ("send_sms", None, False),
    "auth_enable_check_ip": ("auth_enable_check_ip", None, False),
    "auth_list_allowed_ip": ("auth_list_allowed_ip", _read_auth_list_allowed_ip, False),
    "salon_to_salon_group_add_access": ("salon_to_salon_group_add_access", None, False),
    "is_salon_tips_manager": ("is_salon_tips_manager", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataOther, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.stat_access = get("stat_access", UNSET)
    model.analytics_constructor_access = get("analytics_constructor_access", UNSET)
    model.billing_access = get("billing_access", UNSET)
    model.billing_invoices_access = get("billing_invoices_access", UNSET)
    model.send_sms = get("send_sms", UNSET)
    model.auth_enable_check_ip = get("auth_enable_check_ip", UNSET)
    model.salon_to_salon_group_add_access = get("salon_to_salon_group_add_access", UNSET)
    model.is_salon_tips_manager = get("is_salon_tips_manager", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataOther,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "auth_list_allowed_ip" not in done:
        value = get("auth_list_allowed_ip", UNSET)
        if value is UNSET:
            model.auth_list_allowed_ip = UNSET
        elif value == []:
            model.auth_list_allowed_ip = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.auth_list_allowed_ip = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataOther | None = None
) -> UserPermissionsResponseDataTypesDataOther:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataOther._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataOther
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
        layout = layout_of(UserPermissionsResponseDataTypesDataOther, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_auth_list_allowed_ip,) = fill(json_value, model)
    if value_auth_list_allowed_ip is UNSET:
        model.auth_list_allowed_ip = UNSET
    elif value_auth_list_allowed_ip == []:
        model.auth_list_allowed_ip = value_auth_list_allowed_ip  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_auth_list_allowed_ip) is not list:
                raise TypeError
            model.auth_list_allowed_ip = [build(item, parse_ctx) for item in value_auth_list_allowed_ip]
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataOther)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataOther
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataOther._lazy_fill = (_fill_plain, _fill_converted, _build)
