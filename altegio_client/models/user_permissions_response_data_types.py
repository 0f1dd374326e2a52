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
    from ..models.user_permissions_response_data_types_data import (
        UserPermissionsResponseDataTypesData,
    )


T = TypeVar("T", bound="UserPermissionsResponseDataTypes")


@_attrs_define
class UserPermissionsResponseDataTypes(LazyModel):
    """Get a list of rights

    Example:
        {'success': True, 'data': {'timetable': {'timetable_access': True, 'master_id': 1000238, 'position_id': 0,
            'last_days_count': 1000, 'schedule_edit_access': True, 'timetable_phones_access': True,
            'timetable_transferring_record_access': True, 'timetable_statistics_access': True,
            'timetable_waiting_list_access': False}, 'record_form': {'record_form_access': True,
            'record_form_client_access': True, 'records_autocomplete_access': True, 'create_records_access': True,
            'edit_records_access': True, 'edit_records_attendance_access': True, 'records_services_cost_access': True,
            'records_services_discount_access': True, 'record_edit_full_paid_access': True, 'delete_records_access': True,
            'delete_customer_came_records_access': True, 'delete_paid_records_access': True, 'records_goods_access': True,
            'records_goods_create_transaction_access': True, 'records_goods_create_last_days_count': -1,
            'records_goods_edit_transaction_access': True, 'records_goods_edit_last_days_count': -1,
            'records_goods_cost_access': True, 'records_goods_discount_access': True, 'records_finances_access': True,
            'records_finances_last_days_count': -1, 'records_finances_pay_from_deposits_access': True,
            'records_group_id_access': True, 'records_group_id': 134178, 'record_form_client_add_access': True,
            'records_autocomplete_phone_access': True, 'assistants_management_access': True,
            'assistants_reward_share_edit_access': True, 'records_edit_last_days_count': -1,
            'records_edit_date_and_master_access': True, 'records_edit_duration_access': True,
            'records_edit_comment_access': True, 'records_edit_services_access': True, 'records_consumables_edit_access':
            True, 'record_edit_full_paid_client_came_access': True, 'record_edit_full_paid_client_confirm_access': True,
            'custom_fields_client_values_read_access': True, 'custom_fields_client_values_edit_access': True,
            'custom_fields_record_values_read_access': True, 'custom_fields_record_values_edit_access': True}, 'finances':
            {'finances_access': True, 'finances_accounts_ids': [], 'finances_transactions_access': True,
            'finances_last_days_count': -1, 'finances_create_transactions_access': True, 'finances_create_last_days_count':
            -1, 'finances_edit_transactions_access': True, 'finances_edit_last_days_count': -1,
            'finances_delete_transactions_access': True, 'finances_transactions_excel_access': True,
            'finances_expenses_ids': [], 'finances_accounts_access': True, 'finances_accounts_limited_access': False,
            'finances_accounts_banalce_access': True, 'finances_suppliers_read_access': True,
            'finances_suppliers_create_access': True, 'finances_suppliers_update_access': True,
            'finances_suppliers_delete_access': True, 'finances_suppliers_excel_access': True,
            'finances_expenses_read_access': True, 'expenses_read_access': True, 'finances_expenses_create_access': True,
            'expenses_create_access': True, 'finances_expenses_update_access': True, 'expenses_update_access': True,
            'finances_expenses_delete_access': True, 'expenses_delete_access': True, 'finances_kkm_transactions_access':
            True, 'kkm_transactions_accounts_access': True, 'finances_kkm_settings_read_access': True,
            'kkm_settings_reed_access': True, 'finances_kkm_settings_update_access': True, 'kkm_settings_update_access':
            True, 'finances_settings_invoicing_read_access': True, 'settings_invoicing_read_access': True,
            'finances_settings_invoicing_update_access': True, 'settings_invoicing_update_access': True,
            'finances_options_read_access': True, 'options_read_access': True, 'finances_options_update_access': True,
            'options_update_access': True, 'finances_salary_schemes_access': True, 'finances_salary_calc_access': True,
            'finances_salary_not_limitation_today_access': True, 'finances_payroll_calculation_create_access': True,
            'finances_payroll_calculation_create_not_limitation_today_access': True,
            'finances_salary_access_master_checkbox': True, 'finances_salary_access_master_id': 1000237,
            'get_salary_access_master_id': 1000237, 'finances_salary_master_not_limitation_today_access': True,
            'finances_payroll_calculation_create_by_master_access': True,
            'calculation_create_by_master_not_limitation_today_access': True, 'finances_period_report_access': True,
            'finances_period_report_excel_access': True, 'finances_year_report_access': True,
            'finances_year_report_excel_access': True, 'finances_print_check_access': True, 'finances_z_report_access':
            True, 'finances_z_report_no_limit_today_access': True, 'finances_z_report_excel_access': True}, 'clients':
            {'clients_access': True, 'client_phones_access': True, 'clients_phones_email_access': True,
            'clients_card_phone_access': True, 'clients_delete_access': True, 'clients_excel_access': True, 'excel_access':
            True, 'client_comments_list_access': True, 'client_comments_add_access': True,
            'client_comments_own_edit_access': True, 'client_comments_other_edit_access': True, 'client_files_list_access':
            True, 'client_files_upload_access': True, 'client_files_delete_access': True, 'clients_visit_master_id': 0,
            'get_visit_master_id': 0, 'clients_phones_access': True, 'clients_edit_access': True, 'clients_deposits_access':
            True, 'clients_deposits_create_access': True, 'clients_deposits_history_access': True,
            'clients_deposits_topup_access': True, 'clients_loyalty_read_access': True, 'clients_loyalty_settings_access':
            True, 'clients_card_comment_access': True, 'clients_card_comment_edit_access': True,
            'clients_surname_middle_name_access': True, 'clients_surname_middle_name_edit_access': True,
            'clients_show_attendance_history_access': True}, 'dashboard': {'dashboard_access': True, 'dash_access': True,
            'dash_phones_access': True, 'dash_records_access': True, 'dash_records_last_days_count': -1,
            'dash_records_excel_access': True, 'dash_records_phones_access': True, 'dash_message_access': True,
            'dash_message_excel_access': True, 'dash_message_phones_access': True, 'dash_reviews_access': True,
            'dash_reviews_delete_access': True, 'dashboard_calls_access': True, 'dashboard_calls_excel_access': True,
            'dashboard_calls_phones_access': True}, 'notification': {'notification': True, 'web_push': True,
            'web_phone_push': True, 'notification_sms_ending_license': True, 'notification_sms_low_balance': True,
            'notification_email_ending_license': True}, 'loyalty': {'loyalty_access': True, 'has_loyalty_access': True,
            'loyalty_cards_manual_transactions_access': True, 'has_loyalty_cards_manual_transactions_access': True,
            'loyalty_certificate_and_abonement_manual_transactions_access': True, 'loyalty_abonement_balance_edit_access':
            True, 'loyalty_abonement_history_access': True, 'loyalty_abonement_period_edit_access': True,
            'loyalty_cards_issue_and_removal_access': True, 'loyalty_certificate_balance_edit_access': True,
            'loyalty_certificate_period_edit_access': True}, 'storages': {'storages_access': True, 'storages_ids': [],
            'storages_transactions_access': True, 'storages_last_days_count': -1, 'storages_move_goods_access': True,
            'storages_create_transactions_access': True, 'storages_create_last_days_count': -1,
            'storages_create_transactions_buy_access': True, 'storages_create_transactions_sale_access': True,
            'storages_edit_transactions_access': True, 'storages_edit_last_days_count': -1,
            'storages_edit_transactions_buy_access': True, 'storages_edit_transactions_sale_access': True,
            'storages_delete_transactions_access': True, 'storages_transactions_excel_access': True,
            'storages_transactions_types': [], 'storages_inventory_access': True, 'storages_inventory_create_edit_access':
            True, 'storages_inventory_delete_access': True, 'storages_inventory_excel_access': True,
            'storages_remnants_report_access': True, 'storages_remnants_report_excel_access': True,
            'storages_sales_report_access': True, 'storages_sales_report_excel_access': True,
            'storages_consumable_report_access': True, 'storages_consumable_report_excel_access': True,
            'storages_write_off_report_access': True, 'storages_write_off_report_excel_access': True,
            'storages_turnover_report_access': True, 'storages_turnover_report_excel_access': True,
            'storages_goods_crud_access': True, 'storages_goods_create_access': True, 'storages_goods_update_access': True,
            'storages_goods_title_edit_access': True, 'storages_goods_category_edit_access': True,
            'storages_goods_selling_price_edit_access': True, 'storages_goods_cost_price_edit_access': True,
            'storages_goods_units_edit_access': True, 'storages_goods_critical_balance_edit_access': True,
            'storages_goods_masses_edit_access': True, 'storages_goods_comment_edit_access': True,
            'storages_goods_archive_access': True, 'storages_goods_delete_access': True, 'storages_limited_access': False,
            'storages_goods_prime_cost_view_access': True}, 'settings': {'settings_access': True, 'settings_basis_access':
            True, 'settings_information_access': True, 'users_access': True, 'delete_users_access': True,
            'create_users_access': True, 'edit_users_access': True, 'limited_users_access': False,
            'settings_services_access': True, 'settings_services_create_access': True, 'services_edit': True,
            'settings_services_edit_title_access': True, 'settings_services_relation_category_access': True,
            'settings_services_edit_price_access': True, 'settings_services_edit_image_access': True,
            'settings_services_edit_online_seance_date_time_access': True, 'settings_services_edit_online_pay_access': True,
            'settings_services_edit_services_related_resource_access': True, 'settings_positions_read': True,
            'settings_positions_create': True, 'settings_positions_delete': True, 'edit_master_service_and_duration': True,
            'tech_card_edit': True, 'services_delete': True, 'settings_master_access': True, 'master_create': True,
            'master_edit': True, 'master_delete': True, 'settings_master_dismiss_access': True, 'schedule_edit': True,
            'settings_notifications_access': True, 'settings_email_notifications_access': True,
            'settings_template_notifications_access': True, 'webhook_read_access': True, 'settings_clients_labels_access':
            True, 'settings_close_docs_access': True, 'settings_user_notifications_access': True, 'is_salon_tips_manager':
            False}, 'comers': {'comers_access': False, 'comers_info_vehicle_view_access': False,
            'comers_info_vehicle_edit_access': False}, 'other': {'stat_access': True, 'billing_access': True, 'send_sms':
            True, 'salon_to_salon_group_add_access': True, 'analytics_constructor_access': True, 'billing_invoices_access':
            True, 'auth_enable_check_ip': False, 'auth_list_allowed_ip': []}, 'online_record': {'online_record_access':
            True, 'online_record_privacy_policy_access': True}, 'security_access': False, 'security_2fa_access': False,
            'security_data_changes_access': False, 'security_employee_changes_access': False,
            'security_export_import_access': False, 'security_logins_access': False}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: UserPermissionsResponseDataTypesData | Unset = UNSET
    """ Object with access rights categories """
    meta: list[JsonObject] | Unset = UNSET
    """ Metadata (empty array) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for meta_item_data in self.meta:
                meta_item = meta_item_data.to_dict()
                meta.append(meta_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.user_permissions_response_data_types_data import (
            UserPermissionsResponseDataTypesData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: UserPermissionsResponseDataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UserPermissionsResponseDataTypesData.from_dict(_data)

        _meta = d.pop("meta", UNSET)
        meta: list[JsonObject] | Unset = UNSET
        if _meta is not UNSET:
            meta = []
            for meta_item_data in _meta:
                meta_item = JsonObject.from_dict(meta_item_data)

                meta.append(meta_item)

        user_permissions_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        user_permissions_response_data_types.additional_properties = d
        return user_permissions_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> UserPermissionsResponseDataTypesData | Unset:
    UserPermissionsResponseDataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.user_permissions_response_data_types_data"
    ) or model_class(
        "altegio_client.models.user_permissions_response_data_types_data", "UserPermissionsResponseDataTypesData"
    )

    _data = json_value
    data: UserPermissionsResponseDataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = UserPermissionsResponseDataTypesData._lazy(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _meta = json_value
    meta: list[JsonObject] | Unset = UNSET
    if _meta is not UNSET:
        meta = JsonObject._lazy_list(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.user_permissions_response_data_types_data"
            ) or model_builder(
                "altegio_client.models.user_permissions_response_data_types_data",
                "UserPermissionsResponseDataTypesData",
            )
            try:
                model.data = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        elif value == []:
            model.meta = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.meta = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypes | None = None
) -> UserPermissionsResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypes
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
        layout = layout_of(UserPermissionsResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.user_permissions_response_data_types_data") or model_builder(
            "altegio_client.models.user_permissions_response_data_types_data", "UserPermissionsResponseDataTypesData"
        )
        try:
            model.data = build(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    elif value_meta == []:
        model.meta = value_meta  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_meta) is not list:
                raise TypeError
            model.meta = [build(item, parse_ctx) for item in value_meta]
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypes
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
