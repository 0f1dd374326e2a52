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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataDashboard")


@_attrs_define
class UserPermissionsResponseDataTypesDataDashboard(LazyModel):
    """Section Overview"""

    dashboard_access: bool | Unset = UNSET
    """ true - there is access to the overview section, false - no access """
    dash_access: bool | Unset = UNSET
    """ true - there is access to the summary section, false - no access """
    dash_phones_access: bool | Unset = UNSET
    """ true - there is access to display phone numbers in the summary, false - no access """
    dash_records_access: bool | Unset = UNSET
    """ true - there is access to view the list of records, false - no access """
    dash_records_last_days_count: float | Unset = UNSET
    """ -1 - access to view the list of records for all time, >= 0 - access to view the list of records for the
    specified number of days in the past """
    dash_records_excel_access: bool | Unset = UNSET
    """ true - there is access to unload the list of records in Excel, false - no access """
    dash_records_phones_access: bool | Unset = UNSET
    """ true - there is access to display phone numbers in appointments, false - no access """
    dash_message_access: bool | Unset = UNSET
    """ true - there is access to view message details, false - no access """
    dash_message_excel_access: bool | Unset = UNSET
    """ true - there is access to unload message details in Excel, false - no access """
    dash_message_phones_access: bool | Unset = UNSET
    """ true - there is access to show phone numbers in messages, false - no access """
    dash_reviews_access: bool | Unset = UNSET
    """ true - there is access to view reviews, false - no access """
    dash_reviews_delete_access: bool | Unset = UNSET
    """ true - there is access to delete reviews, false - no access """
    dashboard_calls_access: bool | Unset = UNSET
    """ true - there is access to the calls section, false - no access """
    dashboard_calls_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading Excel calls, false - no access """
    dashboard_calls_phones_access: bool | Unset = UNSET
    """ true - clients have access to view the phone number, false - no access """
    security_access: bool | Unset = UNSET
    """ true - there is access to security settings, false - no access """
    security_2fa_access: bool | Unset = UNSET
    """ true - there is access to 2FA security settings, false - no access """
    security_data_changes_access: bool | Unset = UNSET
    """ true - there is access to view data changes in security log, false - no access """
    security_employee_changes_access: bool | Unset = UNSET
    """ true - there is access to view employee changes in security log, false - no access """
    security_export_import_access: bool | Unset = UNSET
    """ true - there is access to export/import security logs, false - no access """
    security_logins_access: bool | Unset = UNSET
    """ true - there is access to view login history in security log, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_access = self.dashboard_access

        dash_access = self.dash_access

        dash_phones_access = self.dash_phones_access

        dash_records_access = self.dash_records_access

        dash_records_last_days_count = self.dash_records_last_days_count

        dash_records_excel_access = self.dash_records_excel_access

        dash_records_phones_access = self.dash_records_phones_access

        dash_message_access = self.dash_message_access

        dash_message_excel_access = self.dash_message_excel_access

        dash_message_phones_access = self.dash_message_phones_access

        dash_reviews_access = self.dash_reviews_access

        dash_reviews_delete_access = self.dash_reviews_delete_access

        dashboard_calls_access = self.dashboard_calls_access

        dashboard_calls_excel_access = self.dashboard_calls_excel_access

        dashboard_calls_phones_access = self.dashboard_calls_phones_access

        security_access = self.security_access

        security_2fa_access = self.security_2fa_access

        security_data_changes_access = self.security_data_changes_access

        security_employee_changes_access = self.security_employee_changes_access

        security_export_import_access = self.security_export_import_access

        security_logins_access = self.security_logins_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_access is not UNSET:
            field_dict["dashboard_access"] = dashboard_access
        if dash_access is not UNSET:
            field_dict["dash_access"] = dash_access
        if dash_phones_access is not UNSET:
            field_dict["dash_phones_access"] = dash_phones_access
        if dash_records_access is not UNSET:
            field_dict["dash_records_access"] = dash_records_access
        if dash_records_last_days_count is not UNSET:
            field_dict["dash_records_last_days_count"] = dash_records_last_days_count
        if dash_records_excel_access is not UNSET:
            field_dict["dash_records_excel_access"] = dash_records_excel_access
        if dash_records_phones_access is not UNSET:
            field_dict["dash_records_phones_access"] = dash_records_phones_access
        if dash_message_access is not UNSET:
            field_dict["dash_message_access"] = dash_message_access
        if dash_message_excel_access is not UNSET:
            field_dict["dash_message_excel_access"] = dash_message_excel_access
        if dash_message_phones_access is not UNSET:
            field_dict["dash_message_phones_access"] = dash_message_phones_access
        if dash_reviews_access is not UNSET:
            field_dict["dash_reviews_access"] = dash_reviews_access
        if dash_reviews_delete_access is not UNSET:
            field_dict["dash_reviews_delete_access"] = dash_reviews_delete_access
        if dashboard_calls_access is not UNSET:
            field_dict["dashboard_calls_access"] = dashboard_calls_access
        if dashboard_calls_excel_access is not UNSET:
            field_dict["dashboard_calls_excel_access"] = dashboard_calls_excel_access
        if dashboard_calls_phones_access is not UNSET:
            field_dict["dashboard_calls_phones_access"] = dashboard_calls_phones_access
        if security_access is not UNSET:
            field_dict["security_access"] = security_access
        if security_2fa_access is not UNSET:
            field_dict["security_2fa_access"] = security_2fa_access
        if security_data_changes_access is not UNSET:
            field_dict["security_data_changes_access"] = security_data_changes_access
        if security_employee_changes_access is not UNSET:
            field_dict["security_employee_changes_access"] = security_employee_changes_access
        if security_export_import_access is not UNSET:
            field_dict["security_export_import_access"] = security_export_import_access
        if security_logins_access is not UNSET:
            field_dict["security_logins_access"] = security_logins_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dashboard_access = d.pop("dashboard_access", UNSET)

        dash_access = d.pop("dash_access", UNSET)

        dash_phones_access = d.pop("dash_phones_access", UNSET)

        dash_records_access = d.pop("dash_records_access", UNSET)

        dash_records_last_days_count = d.pop("dash_records_last_days_count", UNSET)

        dash_records_excel_access = d.pop("dash_records_excel_access", UNSET)

        dash_records_phones_access = d.pop("dash_records_phones_access", UNSET)

        dash_message_access = d.pop("dash_message_access", UNSET)

        dash_message_excel_access = d.pop("dash_message_excel_access", UNSET)

        dash_message_phones_access = d.pop("dash_message_phones_access", UNSET)

        dash_reviews_access = d.pop("dash_reviews_access", UNSET)

        dash_reviews_delete_access = d.pop("dash_reviews_delete_access", UNSET)

        dashboard_calls_access = d.pop("dashboard_calls_access", UNSET)

        dashboard_calls_excel_access = d.pop("dashboard_calls_excel_access", UNSET)

        dashboard_calls_phones_access = d.pop("dashboard_calls_phones_access", UNSET)

        security_access = d.pop("security_access", UNSET)

        security_2fa_access = d.pop("security_2fa_access", UNSET)

        security_data_changes_access = d.pop("security_data_changes_access", UNSET)

        security_employee_changes_access = d.pop("security_employee_changes_access", UNSET)

        security_export_import_access = d.pop("security_export_import_access", UNSET)

        security_logins_access = d.pop("security_logins_access", UNSET)

        user_permissions_response_data_types_data_dashboard = cls(
            dashboard_access=dashboard_access,
            dash_access=dash_access,
            dash_phones_access=dash_phones_access,
            dash_records_access=dash_records_access,
            dash_records_last_days_count=dash_records_last_days_count,
            dash_records_excel_access=dash_records_excel_access,
            dash_records_phones_access=dash_records_phones_access,
            dash_message_access=dash_message_access,
            dash_message_excel_access=dash_message_excel_access,
            dash_message_phones_access=dash_message_phones_access,
            dash_reviews_access=dash_reviews_access,
            dash_reviews_delete_access=dash_reviews_delete_access,
            dashboard_calls_access=dashboard_calls_access,
            dashboard_calls_excel_access=dashboard_calls_excel_access,
            dashboard_calls_phones_access=dashboard_calls_phones_access,
            security_access=security_access,
            security_2fa_access=security_2fa_access,
            security_data_changes_access=security_data_changes_access,
            security_employee_changes_access=security_employee_changes_access,
            security_export_import_access=security_export_import_access,
            security_logins_access=security_logins_access,
        )

        user_permissions_response_data_types_data_dashboard.additional_properties = d
        return user_permissions_response_data_types_data_dashboard

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
        "dashboard_access",
        "dash_access",
        "dash_phones_access",
        "dash_records_access",
        "dash_records_last_days_count",
        "dash_records_excel_access",
        "dash_records_phones_access",
        "dash_message_access",
        "dash_message_excel_access",
        "dash_message_phones_access",
        "dash_reviews_access",
        "dash_reviews_delete_access",
        "dashboard_calls_access",
        "dashboard_calls_excel_access",
        "dashboard_calls_phones_access",
        "security_access",
        "security_2fa_access",
        "security_data_changes_access",
        "security_employee_changes_access",
        "security_export_import_access",
        "security_logins_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataDashboard._lazy_fields = {
    "dashboard_access": ("dashboard_access", None, False),
    "dash_access": ("dash_access", None, False),
    "dash_phones_access": ("dash_phones_access", None, False),
    "dash_records_access": ("dash_records_access", None, False),
    "dash_records_last_days_count": ("dash_records_last_days_count", None, False),
    "dash_records_excel_access": ("dash_records_excel_access", None, False),
    "dash_records_phones_access": ("dash_records_phones_access", None, False),
    "dash_message_access": ("dash_message_access", None, False),
    "dash_message_excel_access": ("dash_message_excel_access", None, False),
    "dash_message_phones_access": ("dash_message_phones_access", None, False),
    "dash_reviews_access": ("dash_reviews_access", None, False),
    "dash_reviews_delete_access": ("dash_reviews_delete_access", None, False),
    "dashboard_calls_access": ("dashboard_calls_access", None, False),
    "dashboard_calls_excel_access": ("dashboard_calls_excel_access", None, False),
    "dashboard_calls_phones_access": ("dashboard_calls_phones_access", None, False),
    "security_access": ("security_access", None, False),
    "security_2fa_access": ("security_2fa_access", None, False),
    "security_data_changes_access": ("security_data_changes_access", None, False),
    "security_employee_changes_access": ("security_employee_changes_access", None, False),
    "security_export_import_access": ("security_export_import_access", None, False),
    "security_logins_access": ("security_logins_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataDashboard, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.dashboard_access = get("dashboard_access", UNSET)
    model.dash_access = get("dash_access", UNSET)
    model.dash_phones_access = get("dash_phones_access", UNSET)
    model.dash_records_access = get("dash_records_access", UNSET)
    model.dash_records_last_days_count = get("dash_records_last_days_count", UNSET)
    model.dash_records_excel_access = get("dash_records_excel_access", UNSET)
    model.dash_records_phones_access = get("dash_records_phones_access", UNSET)
    model.dash_message_access = get("dash_message_access", UNSET)
    model.dash_message_excel_access = get("dash_message_excel_access", UNSET)
    model.dash_message_phones_access = get("dash_message_phones_access", UNSET)
    model.dash_reviews_access = get("dash_reviews_access", UNSET)
    model.dash_reviews_delete_access = get("dash_reviews_delete_access", UNSET)
    model.dashboard_calls_access = get("dashboard_calls_access", UNSET)
    model.dashboard_calls_excel_access = get("dashboard_calls_excel_access", UNSET)
    model.dashboard_calls_phones_access = get("dashboard_calls_phones_access", UNSET)
    model.security_access = get("security_access", UNSET)
    model.security_2fa_access = get("security_2fa_access", UNSET)
    model.security_data_changes_access = get("security_data_changes_access", UNSET)
    model.security_employee_changes_access = get("security_employee_changes_access", UNSET)
    model.security_export_import_access = get("security_export_import_access", UNSET)
    model.security_logins_access = get("security_logins_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataDashboard,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataDashboard | None = None
) -> UserPermissionsResponseDataTypesDataDashboard:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataDashboard._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataDashboard
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
        layout = layout_of(UserPermissionsResponseDataTypesDataDashboard, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataDashboard)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataDashboard
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataDashboard._lazy_fill = (_fill_plain, _fill_converted, _build)
