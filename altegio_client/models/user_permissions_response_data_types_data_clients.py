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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataClients")


@_attrs_define
class UserPermissionsResponseDataTypesDataClients(LazyModel):
    """Section Clients"""

    clients_access: bool | Unset = UNSET
    """ true - there is access to the client base, false - no access """
    client_phones_access: bool | Unset = UNSET
    """ true - there is access to phone numbers in the list of clients, false - no access """
    clients_phones_email_access: bool | Unset = UNSET
    """ true - there is access to phone numbers and emails in the list of clients, false - no access """
    clients_card_phone_access: bool | Unset = UNSET
    """ true - there is access to phones in the client card, false - no access """
    clients_delete_access: bool | Unset = UNSET
    """ true - there is access to delete clients, false - no access """
    clients_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading the list of clients in Excel, false - no access """
    excel_access: bool | Unset = UNSET
    """ 1 - there is access to unloading the list of clients in Excel, 0 - no access """
    client_comments_list_access: bool | Unset = UNSET
    """ true - there is access to view comments, false - no access """
    client_comments_add_access: bool | Unset = UNSET
    """ true - there is access to add comments, false - no access """
    client_comments_own_edit_access: bool | Unset = UNSET
    """ true - you have access to change/delete your comments, false - no access """
    client_comments_other_edit_access: bool | Unset = UNSET
    """ true - there is access to change/delete other people's comments, false - no access """
    client_files_list_access: bool | Unset = UNSET
    """ true - there is access to view and download files, false - no access """
    client_files_upload_access: bool | Unset = UNSET
    """ true - there is access to upload files, false - no access """
    client_files_delete_access: bool | Unset = UNSET
    """ true - there is access to delete files, false - no access """
    clients_visit_master_id: int | Unset = UNSET
    """ ID of the team member by which you can see the clients who visited the team member, 0 - no restrictions """
    get_visit_master_id: int | Unset = UNSET
    """ ID of the team member by which you can see the clients who visited the team member, 0 - no restrictions """
    clients_phones_access: bool | Unset = UNSET
    """ true - there is access to client phones, false - no access """
    clients_edit_access: bool | Unset = UNSET
    """ true - there is access to edit clients, false - no access """
    clients_deposits_access: bool | Unset = UNSET
    """ true - there is access to client accounts, false - no access """
    clients_deposits_create_access: bool | Unset = UNSET
    """ true - there is access to create client accounts, false - no access """
    clients_deposits_history_access: bool | Unset = UNSET
    """ true - there is access to client account history, false - no access """
    clients_deposits_topup_access: bool | Unset = UNSET
    """ true - there is access to top up client accounts, false - no access """
    clients_loyalty_read_access: bool | Unset = UNSET
    """ true - there is access to read client loyalty data, false - no access """
    clients_loyalty_settings_access: bool | Unset = UNSET
    """ true - there is access to client loyalty settings, false - no access """
    clients_card_comment_access: bool | Unset = UNSET
    """ true - there is access to view client card comments, false - no access """
    clients_card_comment_edit_access: bool | Unset = UNSET
    """ true - there is access to edit client card comments, false - no access """
    clients_surname_middle_name_access: bool | Unset = UNSET
    """ true - there is access to view client surname and middle_name, false - no access """
    clients_surname_patronymic_access: bool | Unset = UNSET
    """ true - there is access to view client surname and legacy middle-name field, false - no access """
    clients_surname_middle_name_edit_access: bool | Unset = UNSET
    """ true - there is access to edit client surname and middle_name, false - no access """
    clients_surname_patronymic_edit_access: bool | Unset = UNSET
    """ true - there is access to edit client surname and legacy middle-name field, false - no access """
    clients_show_attendance_history_access: bool | Unset = UNSET
    """ true - there is access to show client attendance history, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clients_access = self.clients_access

        client_phones_access = self.client_phones_access

        clients_phones_email_access = self.clients_phones_email_access

        clients_card_phone_access = self.clients_card_phone_access

        clients_delete_access = self.clients_delete_access

        clients_excel_access = self.clients_excel_access

        excel_access = self.excel_access

        client_comments_list_access = self.client_comments_list_access

        client_comments_add_access = self.client_comments_add_access

        client_comments_own_edit_access = self.client_comments_own_edit_access

        client_comments_other_edit_access = self.client_comments_other_edit_access

        client_files_list_access = self.client_files_list_access

        client_files_upload_access = self.client_files_upload_access

        client_files_delete_access = self.client_files_delete_access

        clients_visit_master_id = self.clients_visit_master_id

        get_visit_master_id = self.get_visit_master_id

        clients_phones_access = self.clients_phones_access

        clients_edit_access = self.clients_edit_access

        clients_deposits_access = self.clients_deposits_access

        clients_deposits_create_access = self.clients_deposits_create_access

        clients_deposits_history_access = self.clients_deposits_history_access

        clients_deposits_topup_access = self.clients_deposits_topup_access

        clients_loyalty_read_access = self.clients_loyalty_read_access

        clients_loyalty_settings_access = self.clients_loyalty_settings_access

        clients_card_comment_access = self.clients_card_comment_access

        clients_card_comment_edit_access = self.clients_card_comment_edit_access

        clients_surname_middle_name_access = self.clients_surname_middle_name_access

        clients_surname_patronymic_access = self.clients_surname_patronymic_access

        clients_surname_middle_name_edit_access = self.clients_surname_middle_name_edit_access

        clients_surname_patronymic_edit_access = self.clients_surname_patronymic_edit_access

        clients_show_attendance_history_access = self.clients_show_attendance_history_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clients_access is not UNSET:
            field_dict["clients_access"] = clients_access
        if client_phones_access is not UNSET:
            field_dict["client_phones_access"] = client_phones_access
        if clients_phones_email_access is not UNSET:
            field_dict["clients_phones_email_access"] = clients_phones_email_access
        if clients_card_phone_access is not UNSET:
            field_dict["clients_card_phone_access"] = clients_card_phone_access
        if clients_delete_access is not UNSET:
            field_dict["clients_delete_access"] = clients_delete_access
        if clients_excel_access is not UNSET:
            field_dict["clients_excel_access"] = clients_excel_access
        if excel_access is not UNSET:
            field_dict["excel_access"] = excel_access
        if client_comments_list_access is not UNSET:
            field_dict["client_comments_list_access"] = client_comments_list_access
        if client_comments_add_access is not UNSET:
            field_dict["client_comments_add_access"] = client_comments_add_access
        if client_comments_own_edit_access is not UNSET:
            field_dict["client_comments_own_edit_access"] = client_comments_own_edit_access
        if client_comments_other_edit_access is not UNSET:
            field_dict["client_comments_other_edit_access"] = client_comments_other_edit_access
        if client_files_list_access is not UNSET:
            field_dict["client_files_list_access"] = client_files_list_access
        if client_files_upload_access is not UNSET:
            field_dict["client_files_upload_access"] = client_files_upload_access
        if client_files_delete_access is not UNSET:
            field_dict["client_files_delete_access"] = client_files_delete_access
        if clients_visit_master_id is not UNSET:
            field_dict["clients_visit_master_id"] = clients_visit_master_id
        if get_visit_master_id is not UNSET:
            field_dict["get_visit_master_id"] = get_visit_master_id
        if clients_phones_access is not UNSET:
            field_dict["clients_phones_access"] = clients_phones_access
        if clients_edit_access is not UNSET:
            field_dict["clients_edit_access"] = clients_edit_access
        if clients_deposits_access is not UNSET:
            field_dict["clients_deposits_access"] = clients_deposits_access
        if clients_deposits_create_access is not UNSET:
            field_dict["clients_deposits_create_access"] = clients_deposits_create_access
        if clients_deposits_history_access is not UNSET:
            field_dict["clients_deposits_history_access"] = clients_deposits_history_access
        if clients_deposits_topup_access is not UNSET:
            field_dict["clients_deposits_topup_access"] = clients_deposits_topup_access
        if clients_loyalty_read_access is not UNSET:
            field_dict["clients_loyalty_read_access"] = clients_loyalty_read_access
        if clients_loyalty_settings_access is not UNSET:
            field_dict["clients_loyalty_settings_access"] = clients_loyalty_settings_access
        if clients_card_comment_access is not UNSET:
            field_dict["clients_card_comment_access"] = clients_card_comment_access
        if clients_card_comment_edit_access is not UNSET:
            field_dict["clients_card_comment_edit_access"] = clients_card_comment_edit_access
        if clients_surname_middle_name_access is not UNSET:
            field_dict["clients_surname_middle_name_access"] = clients_surname_middle_name_access
        if clients_surname_patronymic_access is not UNSET:
            field_dict["clients_surname_patronymic_access"] = clients_surname_patronymic_access
        if clients_surname_middle_name_edit_access is not UNSET:
            field_dict["clients_surname_middle_name_edit_access"] = clients_surname_middle_name_edit_access
        if clients_surname_patronymic_edit_access is not UNSET:
            field_dict["clients_surname_patronymic_edit_access"] = clients_surname_patronymic_edit_access
        if clients_show_attendance_history_access is not UNSET:
            field_dict["clients_show_attendance_history_access"] = clients_show_attendance_history_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clients_access = d.pop("clients_access", UNSET)

        client_phones_access = d.pop("client_phones_access", UNSET)

        clients_phones_email_access = d.pop("clients_phones_email_access", UNSET)

        clients_card_phone_access = d.pop("clients_card_phone_access", UNSET)

        clients_delete_access = d.pop("clients_delete_access", UNSET)

        clients_excel_access = d.pop("clients_excel_access", UNSET)

        excel_access = d.pop("excel_access", UNSET)

        client_comments_list_access = d.pop("client_comments_list_access", UNSET)

        client_comments_add_access = d.pop("client_comments_add_access", UNSET)

        client_comments_own_edit_access = d.pop("client_comments_own_edit_access", UNSET)

        client_comments_other_edit_access = d.pop("client_comments_other_edit_access", UNSET)

        client_files_list_access = d.pop("client_files_list_access", UNSET)

        client_files_upload_access = d.pop("client_files_upload_access", UNSET)

        client_files_delete_access = d.pop("client_files_delete_access", UNSET)

        clients_visit_master_id = d.pop("clients_visit_master_id", UNSET)

        get_visit_master_id = d.pop("get_visit_master_id", UNSET)

        clients_phones_access = d.pop("clients_phones_access", UNSET)

        clients_edit_access = d.pop("clients_edit_access", UNSET)

        clients_deposits_access = d.pop("clients_deposits_access", UNSET)

        clients_deposits_create_access = d.pop("clients_deposits_create_access", UNSET)

        clients_deposits_history_access = d.pop("clients_deposits_history_access", UNSET)

        clients_deposits_topup_access = d.pop("clients_deposits_topup_access", UNSET)

        clients_loyalty_read_access = d.pop("clients_loyalty_read_access", UNSET)

        clients_loyalty_settings_access = d.pop("clients_loyalty_settings_access", UNSET)

        clients_card_comment_access = d.pop("clients_card_comment_access", UNSET)

        clients_card_comment_edit_access = d.pop("clients_card_comment_edit_access", UNSET)

        clients_surname_middle_name_access = d.pop("clients_surname_middle_name_access", UNSET)

        clients_surname_patronymic_access = d.pop("clients_surname_patronymic_access", UNSET)

        clients_surname_middle_name_edit_access = d.pop("clients_surname_middle_name_edit_access", UNSET)

        clients_surname_patronymic_edit_access = d.pop("clients_surname_patronymic_edit_access", UNSET)

        clients_show_attendance_history_access = d.pop("clients_show_attendance_history_access", UNSET)

        user_permissions_response_data_types_data_clients = cls(
            clients_access=clients_access,
            client_phones_access=client_phones_access,
            clients_phones_email_access=clients_phones_email_access,
            clients_card_phone_access=clients_card_phone_access,
            clients_delete_access=clients_delete_access,
            clients_excel_access=clients_excel_access,
            excel_access=excel_access,
            client_comments_list_access=client_comments_list_access,
            client_comments_add_access=client_comments_add_access,
            client_comments_own_edit_access=client_comments_own_edit_access,
            client_comments_other_edit_access=client_comments_other_edit_access,
            client_files_list_access=client_files_list_access,
            client_files_upload_access=client_files_upload_access,
            client_files_delete_access=client_files_delete_access,
            clients_visit_master_id=clients_visit_master_id,
            get_visit_master_id=get_visit_master_id,
            clients_phones_access=clients_phones_access,
            clients_edit_access=clients_edit_access,
            clients_deposits_access=clients_deposits_access,
            clients_deposits_create_access=clients_deposits_create_access,
            clients_deposits_history_access=clients_deposits_history_access,
            clients_deposits_topup_access=clients_deposits_topup_access,
            clients_loyalty_read_access=clients_loyalty_read_access,
            clients_loyalty_settings_access=clients_loyalty_settings_access,
            clients_card_comment_access=clients_card_comment_access,
            clients_card_comment_edit_access=clients_card_comment_edit_access,
            clients_surname_middle_name_access=clients_surname_middle_name_access,
            clients_surname_patronymic_access=clients_surname_patronymic_access,
            clients_surname_middle_name_edit_access=clients_surname_middle_name_edit_access,
            clients_surname_patronymic_edit_access=clients_surname_patronymic_edit_access,
            clients_show_attendance_history_access=clients_show_attendance_history_access,
        )

        user_permissions_response_data_types_data_clients.additional_properties = d
        return user_permissions_response_data_types_data_clients

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
        "clients_access",
        "client_phones_access",
        "clients_phones_email_access",
        "clients_card_phone_access",
        "clients_delete_access",
        "clients_excel_access",
        "excel_access",
        "client_comments_list_access",
        "client_comments_add_access",
        "client_comments_own_edit_access",
        "client_comments_other_edit_access",
        "client_files_list_access",
        "client_files_upload_access",
        "client_files_delete_access",
        "clients_visit_master_id",
        "get_visit_master_id",
        "clients_phones_access",
        "clients_edit_access",
        "clients_deposits_access",
        "clients_deposits_create_access",
        "clients_deposits_history_access",
        "clients_deposits_topup_access",
        "clients_loyalty_read_access",
        "clients_loyalty_settings_access",
        "clients_card_comment_access",
        "clients_card_comment_edit_access",
        "clients_surname_middle_name_access",
        "clients_surname_patronymic_access",
        "clients_surname_middle_name_edit_access",
        "clients_surname_patronymic_edit_access",
        "clients_show_attendance_history_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataClients._lazy_fields = {
    "clients_access": ("clients_access", None, False),
    "client_phones_access": ("client_phones_access", None, False),
    "clients_phones_email_access": ("clients_phones_email_access", None, False),
    "clients_card_phone_access": ("clients_card_phone_access", None, False),
    "clients_delete_access": ("clients_delete_access", None, False),
    "clients_excel_access": ("clients_excel_access", None, False),
    "excel_access": ("excel_access", None, False),
    "client_comments_list_access": ("client_comments_list_access", None, False),
    "client_comments_add_access": ("client_comments_add_access", None, False),
    "client_comments_own_edit_access": ("client_comments_own_edit_access", None, False),
    "client_comments_other_edit_access": ("client_comments_other_edit_access", None, False),
    "client_files_list_access": ("client_files_list_access", None, False),
    "client_files_upload_access": ("client_files_upload_access", None, False),
    "client_files_delete_access": ("client_files_delete_access", None, False),
    "clients_visit_master_id": ("clients_visit_master_id", None, False),
    "get_visit_master_id": ("get_visit_master_id", None, False),
    "clients_phones_access": ("clients_phones_access", None, False),
    "clients_edit_access": ("clients_edit_access", None, False),
    "clients_deposits_access": ("clients_deposits_access", None, False),
    "clients_deposits_create_access": ("clients_deposits_create_access", None, False),
    "clients_deposits_history_access": ("clients_deposits_history_access", None, False),
    "clients_deposits_topup_access": ("clients_deposits_topup_access", None, False),
    "clients_loyalty_read_access": ("clients_loyalty_read_access", None, False),
    "clients_loyalty_settings_access": ("clients_loyalty_settings_access", None, False),
    "clients_card_comment_access": ("clients_card_comment_access", None, False),
    "clients_card_comment_edit_access": ("clients_card_comment_edit_access", None, False),
    "clients_surname_middle_name_access": ("clients_surname_middle_name_access", None, False),
    "clients_surname_patronymic_access": ("clients_surname_patronymic_access", None, False),
    "clients_surname_middle_name_edit_access": ("clients_surname_middle_name_edit_access", None, False),
    "clients_surname_patronymic_edit_access": ("clients_surname_patronymic_edit_access", None, False),
    "clients_show_attendance_history_access": ("clients_show_attendance_history_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataClients, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.clients_access = get("clients_access", UNSET)
    model.client_phones_access = get("client_phones_access", UNSET)
    model.clients_phones_email_access = get("clients_phones_email_access", UNSET)
    model.clients_card_phone_access = get("clients_card_phone_access", UNSET)
    model.clients_delete_access = get("clients_delete_access", UNSET)
    model.clients_excel_access = get("clients_excel_access", UNSET)
    model.excel_access = get("excel_access", UNSET)
    model.client_comments_list_access = get("client_comments_list_access", UNSET)
    model.client_comments_add_access = get("client_comments_add_access", UNSET)
    model.client_comments_own_edit_access = get("client_comments_own_edit_access", UNSET)
    model.client_comments_other_edit_access = get("client_comments_other_edit_access", UNSET)
    model.client_files_list_access = get("client_files_list_access", UNSET)
    model.client_files_upload_access = get("client_files_upload_access", UNSET)
    model.client_files_delete_access = get("client_files_delete_access", UNSET)
    model.clients_visit_master_id = get("clients_visit_master_id", UNSET)
    model.get_visit_master_id = get("get_visit_master_id", UNSET)
    model.clients_phones_access = get("clients_phones_access", UNSET)
    model.clients_edit_access = get("clients_edit_access", UNSET)
    model.clients_deposits_access = get("clients_deposits_access", UNSET)
    model.clients_deposits_create_access = get("clients_deposits_create_access", UNSET)
    model.clients_deposits_history_access = get("clients_deposits_history_access", UNSET)
    model.clients_deposits_topup_access = get("clients_deposits_topup_access", UNSET)
    model.clients_loyalty_read_access = get("clients_loyalty_read_access", UNSET)
    model.clients_loyalty_settings_access = get("clients_loyalty_settings_access", UNSET)
    model.clients_card_comment_access = get("clients_card_comment_access", UNSET)
    model.clients_card_comment_edit_access = get("clients_card_comment_edit_access", UNSET)
    model.clients_surname_middle_name_access = get("clients_surname_middle_name_access", UNSET)
    model.clients_surname_patronymic_access = get("clients_surname_patronymic_access", UNSET)
    model.clients_surname_middle_name_edit_access = get("clients_surname_middle_name_edit_access", UNSET)
    model.clients_surname_patronymic_edit_access = get("clients_surname_patronymic_edit_access", UNSET)
    model.clients_show_attendance_history_access = get("clients_show_attendance_history_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataClients,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataClients | None = None
) -> UserPermissionsResponseDataTypesDataClients:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataClients._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataClients
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
        layout = layout_of(UserPermissionsResponseDataTypesDataClients, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataClients)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataClients
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataClients._lazy_fill = (_fill_plain, _fill_converted, _build)
