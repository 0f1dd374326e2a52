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

T = TypeVar("T", bound="CompanyUsersDeprecatedResponseDataTypesDataItemAccess")


@_attrs_define
class CompanyUsersDeprecatedResponseDataTypesDataItemAccess(LazyModel):
    """Object of user access rights to system modules"""

    stat_access: bool | Unset = UNSET
    """ true - there is access to analytics, false - no access """
    schedule_edit_access: bool | Unset = UNSET
    """ true - there is access to the team member's work schedule in the log, false - no access """
    client_phones_access: bool | Unset = UNSET
    """ true - there is access to phone numbers in the list of clients, false - no access """
    clients_access: bool | Unset = UNSET
    """ true - there is access to the client base, false - no access """
    settings_access: bool | Unset = UNSET
    """ true - there is access to the settings section, false - no access """
    edit_records_access: bool | Unset = UNSET
    """ true - there is access to change records, false - no access """
    timetable_access: bool | Unset = UNSET
    """ true - there is access to the appointment log, false - no access """
    billing_access: bool | Unset = UNSET
    """ true - there is access to billing (balance menu section), false - no access """
    users_access: bool | Unset = UNSET
    """ true - there is access to user management, false - no access """
    excel_access: bool | Unset = UNSET
    """ 1 - there is access to unloading the list of clients in Excel, 0 - no access """
    finances_access: bool | Unset = UNSET
    """ true - there is access to finances, false - no access """
    storages_access: bool | Unset = UNSET
    """ true - there is access to the inventory, false - no access """
    send_sms: bool | Unset = UNSET
    """ true - there is access to SMS distribution to clients, false - no access """
    master_id: int | Unset = UNSET
    """ 0 - if the user can view the schedule and records of all team members, otherwise only the team member whose
    ID is specified """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_access = self.stat_access

        schedule_edit_access = self.schedule_edit_access

        client_phones_access = self.client_phones_access

        clients_access = self.clients_access

        settings_access = self.settings_access

        edit_records_access = self.edit_records_access

        timetable_access = self.timetable_access

        billing_access = self.billing_access

        users_access = self.users_access

        excel_access = self.excel_access

        finances_access = self.finances_access

        storages_access = self.storages_access

        send_sms = self.send_sms

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stat_access is not UNSET:
            field_dict["stat_access"] = stat_access
        if schedule_edit_access is not UNSET:
            field_dict["schedule_edit_access"] = schedule_edit_access
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if settings_access is not UNSET:
            field_dict["settings_access"] = settings_access
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access
        if timetable_access is not UNSET:
            field_dict["timetable_access"] = timetable_access
        if billing_access is not UNSET:
            field_dict["billing_access"] = billing_access
        if users_access is not UNSET:
            field_dict["users_access"] = users_access
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access
        if send_sms is not UNSET:
            field_dict["send_sms"] = send_sms
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stat_access = d.pop("stat_access", UNSET)

        schedule_edit_access = d.pop("schedule_edit_access", UNSET)

        client_phones_access = d.pop("client_phones_access", UNSET)

        clients_access = d.pop("clients_access", UNSET)

        settings_access = d.pop("settings_access", UNSET)

        edit_records_access = d.pop("edit_records_access", UNSET)

        timetable_access = d.pop("timetable_access", UNSET)

        billing_access = d.pop("billing_access", UNSET)

        users_access = d.pop("users_access", UNSET)

        excel_access = d.pop("excel_access", UNSET)

        finances_access = d.pop("finances_access", UNSET)

        storages_access = d.pop("storages_access", UNSET)

        send_sms = d.pop("send_sms", UNSET)

        master_id = d.pop("master_id", UNSET)

        company_users_deprecated_response_data_types_data_item_access = cls(
            stat_access=stat_access,
            schedule_edit_access=schedule_edit_access,
            client_phones_access=client_phones_access,
            clients_access=clients_access,
            settings_access=settings_access,
            edit_records_access=edit_records_access,
            timetable_access=timetable_access,
            billing_access=billing_access,
            users_access=users_access,
            excel_access=excel_access,
            finances_access=finances_access,
            storages_access=storages_access,
            send_sms=send_sms,
            master_id=master_id,
        )

        company_users_deprecated_response_data_types_data_item_access.additional_properties = d
        return company_users_deprecated_response_data_types_data_item_access

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
        "stat_access",
        "schedule_edit_access",
        "client_phones_access",
        "clients_access",
        "settings_access",
        "edit_records_access",
        "timetable_access",
        "billing_access",
        "users_access",
        "excel_access",
        "finances_access",
        "storages_access",
        "send_sms",
        "master_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyUsersDeprecatedResponseDataTypesDataItemAccess._lazy_fields = {
    "stat_access": ("stat_access", None, False),
    "schedule_edit_access": ("schedule_edit_access", None, False),
    "client_phones_access": ("client_phones_access", None, False),
    "clients_access": ("clients_access", None, False),
    "settings_access": ("settings_access", None, False),
    "edit_records_access": ("edit_records_access", None, False),
    "timetable_access": ("timetable_access", None, False),
    "billing_access": ("billing_access", None, False),
    "users_access": ("users_access", None, False),
    "excel_access": ("excel_access", None, False),
    "finances_access": ("finances_access", None, False),
    "storages_access": ("storages_access", None, False),
    "send_sms": ("send_sms", None, False),
    "master_id": ("master_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyUsersDeprecatedResponseDataTypesDataItemAccess, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.stat_access = get("stat_access", UNSET)
    model.schedule_edit_access = get("schedule_edit_access", UNSET)
    model.client_phones_access = get("client_phones_access", UNSET)
    model.clients_access = get("clients_access", UNSET)
    model.settings_access = get("settings_access", UNSET)
    model.edit_records_access = get("edit_records_access", UNSET)
    model.timetable_access = get("timetable_access", UNSET)
    model.billing_access = get("billing_access", UNSET)
    model.users_access = get("users_access", UNSET)
    model.excel_access = get("excel_access", UNSET)
    model.finances_access = get("finances_access", UNSET)
    model.storages_access = get("storages_access", UNSET)
    model.send_sms = get("send_sms", UNSET)
    model.master_id = get("master_id", UNSET)


def _fill_converted(
    model: CompanyUsersDeprecatedResponseDataTypesDataItemAccess,
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
    json_value: Any, parse_ctx: ParseContext, model: CompanyUsersDeprecatedResponseDataTypesDataItemAccess | None = None
) -> CompanyUsersDeprecatedResponseDataTypesDataItemAccess:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyUsersDeprecatedResponseDataTypesDataItemAccess._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyUsersDeprecatedResponseDataTypesDataItemAccess
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
        layout = layout_of(CompanyUsersDeprecatedResponseDataTypesDataItemAccess, keys)
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
        model.__class__ = lazily_read_class(CompanyUsersDeprecatedResponseDataTypesDataItemAccess)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyUsersDeprecatedResponseDataTypesDataItemAccess
        del model._raw, model._context
    return model


CompanyUsersDeprecatedResponseDataTypesDataItemAccess._lazy_fill = (_fill_plain, _fill_converted, _build)
