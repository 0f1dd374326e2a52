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


T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataFinances")


@_attrs_define
class UserPermissionsResponseDataTypesDataFinances(LazyModel):
    """Section Finance"""

    finances_access: bool | Unset = UNSET
    """ true - there is access to finances, false - no access """
    finances_accounts_ids: list[JsonObject] | Unset = UNSET
    """ array of IDs to selected checkouts """
    finances_transactions_access: bool | Unset = UNSET
    """ true - there is access to view funds movements, false - no access """
    finances_last_days_count: float | Unset = UNSET
    """ -1 - access to view funds movements for the whole time, >= 0 - access to view funds movements for the
    specified number of days in the past """
    finances_create_transactions_access: bool | Unset = UNSET
    """ true - there is access to create transactions, false - no access """
    finances_create_last_days_count: float | Unset = UNSET
    """ -1 - there is access to create transactions for all time, >= 0 - access to create transactions for the
    specified number of days in the past """
    finances_edit_transactions_access: bool | Unset = UNSET
    """ true - there is access to editing transactions, false - no access """
    finances_edit_last_days_count: float | Unset = UNSET
    """ -1 - there is access to editing transactions for all time, >= 0 - access to editing transactions for the
    specified number of days in the past """
    finances_delete_transactions_access: bool | Unset = UNSET
    """ true - there is access to delete transactions, false - no access """
    finances_transactions_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading cash flows in Excel, false - no access """
    finances_expenses_ids: list[JsonObject] | Unset = UNSET
    """ true - there is access to transfers between location accounts, false - no access """
    finances_accounts_access: bool | Unset = UNSET
    """ true - there is access to accounts and location accounts, false - no access """
    finances_accounts_limited_access: bool | Unset = UNSET
    """ true - there is limited access to accounts, false - no access """
    finances_accounts_banalce_access: bool | Unset = UNSET
    """ true - there is access to the balance, false - no access """
    finances_suppliers_read_access: bool | Unset = UNSET
    """ true - there is access to counterparties, false - no access """
    finances_suppliers_create_access: bool | Unset = UNSET
    """ true - there is access to create counterparties, false - no access """
    finances_suppliers_update_access: bool | Unset = UNSET
    """ true - there is access to change counterparties, false - no access """
    finances_suppliers_delete_access: bool | Unset = UNSET
    """ true - there is access to deleting counterparties, false - no access """
    finances_suppliers_excel_access: bool | Unset = UNSET
    """ true - there is access to export to Excel, false - no access """
    finances_expenses_read_access: bool | Unset = UNSET
    """ true - there is access to the payment item, false - no access """
    expenses_read_access: bool | Unset = UNSET
    """ true - there is access to the payment item, false - no access """
    finances_expenses_create_access: bool | Unset = UNSET
    """ true - there is access to create a payment item, false - no access """
    expenses_create_access: bool | Unset = UNSET
    """ true - there is access to create a payment item, false - no access """
    finances_expenses_update_access: bool | Unset = UNSET
    """ true - there is access to change the payment item, false - no access """
    expenses_update_access: bool | Unset = UNSET
    """ true - there is access to change the payment item, false - no access """
    finances_expenses_delete_access: bool | Unset = UNSET
    """ true - there is access to deleting a payment item, false - no access """
    expenses_delete_access: bool | Unset = UNSET
    """ true - there is access to deleting a payment item, false - no access """
    finances_kkm_transactions_access: bool | Unset = UNSET
    """ true - there is access to operations with KKM, false - no access """
    kkm_transactions_accounts_access: bool | Unset = UNSET
    """ true - there is access to operations with KKM, false - no access """
    finances_kkm_settings_read_access: bool | Unset = UNSET
    """ true - access to KKM settings, false - no access """
    kkm_settings_reed_access: bool | Unset = UNSET
    """ true - access to KKM settings, false - no access """
    finances_kkm_settings_update_access: bool | Unset = UNSET
    """ true - there is access to change KKM, false - no access """
    kkm_settings_update_access: bool | Unset = UNSET
    """ true - there is access to change KKM, false - no access """
    finances_settings_invoicing_read_access: bool | Unset = UNSET
    """ true - there is access to online payments, false - no access """
    finances_settings_invoicing_update_access: bool | Unset = UNSET
    """ true - there is access to change online payments, false - no access """
    settings_invoicing_read_access: bool | Unset = UNSET
    """ true - there is access to online payments, false - no access """
    settings_invoicing_update_access: bool | Unset = UNSET
    """ true - there is access to change online payments, false - no access """
    finances_options_read_access: bool | Unset = UNSET
    """ true - there is access to payment settings, false - no access """
    options_read_access: bool | Unset = UNSET
    """ true - there is access to read payment options, false - no access """
    finances_options_update_access: bool | Unset = UNSET
    """ true - there is access to change payment settings, false - no access """
    options_update_access: bool | Unset = UNSET
    """ true - there is access to change payment settings, false - no access """
    finances_salary_schemes_access: bool | Unset = UNSET
    """ true - there is access to payroll schemes, false - no access """
    finances_salary_calc_access: bool | Unset = UNSET
    """ true - there is access to payroll, false - no access """
    finances_salary_not_limitation_today_access: bool | Unset = UNSET
    """ true - there is access to payroll, false - access to payroll for the current day """
    finances_payroll_calculation_create_access: bool | Unset = UNSET
    """ true - there is access to payroll, false - no access """
    finances_payroll_calculation_create_not_limitation_today_access: bool | Unset = UNSET
    """ true - there is access to payroll, false - access to payroll for the current day """
    finances_salary_access_master_checkbox: bool | Unset = UNSET
    """ true - only a specific team member has access to payroll, false - full access """
    finances_salary_access_master_id: int | Unset = UNSET
    """ ID of the team member to whom you have access to payroll """
    get_salary_access_master_id: int | Unset = UNSET
    """ ID of the team member to whom you have access to payroll """
    finances_salary_master_not_limitation_today_access: bool | Unset = UNSET
    """ true - do not restrict to the current day, false - access only for today """
    finances_payroll_calculation_create_by_master_access: bool | Unset = UNSET
    """ true - there is access to payroll for a specific team member, false - no restrictions """
    calculation_create_by_master_not_limitation_today_access: bool | Unset = UNSET
    """ true - there is access to payroll, false - no access """
    finances_period_report_access: bool | Unset = UNSET
    """ true - there is access to the report for the period, false - no access """
    finances_period_report_excel_access: bool | Unset = UNSET
    """ true - there is access to uploading a report for the period to Excel, false - no access """
    finances_year_report_access: bool | Unset = UNSET
    """ true - there is access to the annual report, false - no access """
    finances_year_report_excel_access: bool | Unset = UNSET
    """ true - there is access to exporting the annual report to Excel, false - no access """
    finances_print_check_access: bool | Unset = UNSET
    """ true - there is access to receipt printing, false - no access """
    finances_z_report_access: bool | Unset = UNSET
    """ true - there is access to the daily location account report, false - no access """
    finances_z_report_no_limit_today_access: bool | Unset = UNSET
    """ true - there is access to the location account report, false - access to the location account report for the
    current day """
    finances_z_report_excel_access: bool | Unset = UNSET
    """ true - there is access to export to Excel, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finances_access = self.finances_access

        finances_accounts_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finances_accounts_ids, Unset):
            finances_accounts_ids = []
            for finances_accounts_ids_item_data in self.finances_accounts_ids:
                finances_accounts_ids_item = finances_accounts_ids_item_data.to_dict()
                finances_accounts_ids.append(finances_accounts_ids_item)

        finances_transactions_access = self.finances_transactions_access

        finances_last_days_count = self.finances_last_days_count

        finances_create_transactions_access = self.finances_create_transactions_access

        finances_create_last_days_count = self.finances_create_last_days_count

        finances_edit_transactions_access = self.finances_edit_transactions_access

        finances_edit_last_days_count = self.finances_edit_last_days_count

        finances_delete_transactions_access = self.finances_delete_transactions_access

        finances_transactions_excel_access = self.finances_transactions_excel_access

        finances_expenses_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.finances_expenses_ids, Unset):
            finances_expenses_ids = []
            for finances_expenses_ids_item_data in self.finances_expenses_ids:
                finances_expenses_ids_item = finances_expenses_ids_item_data.to_dict()
                finances_expenses_ids.append(finances_expenses_ids_item)

        finances_accounts_access = self.finances_accounts_access

        finances_accounts_limited_access = self.finances_accounts_limited_access

        finances_accounts_banalce_access = self.finances_accounts_banalce_access

        finances_suppliers_read_access = self.finances_suppliers_read_access

        finances_suppliers_create_access = self.finances_suppliers_create_access

        finances_suppliers_update_access = self.finances_suppliers_update_access

        finances_suppliers_delete_access = self.finances_suppliers_delete_access

        finances_suppliers_excel_access = self.finances_suppliers_excel_access

        finances_expenses_read_access = self.finances_expenses_read_access

        expenses_read_access = self.expenses_read_access

        finances_expenses_create_access = self.finances_expenses_create_access

        expenses_create_access = self.expenses_create_access

        finances_expenses_update_access = self.finances_expenses_update_access

        expenses_update_access = self.expenses_update_access

        finances_expenses_delete_access = self.finances_expenses_delete_access

        expenses_delete_access = self.expenses_delete_access

        finances_kkm_transactions_access = self.finances_kkm_transactions_access

        kkm_transactions_accounts_access = self.kkm_transactions_accounts_access

        finances_kkm_settings_read_access = self.finances_kkm_settings_read_access

        kkm_settings_reed_access = self.kkm_settings_reed_access

        finances_kkm_settings_update_access = self.finances_kkm_settings_update_access

        kkm_settings_update_access = self.kkm_settings_update_access

        finances_settings_invoicing_read_access = self.finances_settings_invoicing_read_access

        finances_settings_invoicing_update_access = self.finances_settings_invoicing_update_access

        settings_invoicing_read_access = self.settings_invoicing_read_access

        settings_invoicing_update_access = self.settings_invoicing_update_access

        finances_options_read_access = self.finances_options_read_access

        options_read_access = self.options_read_access

        finances_options_update_access = self.finances_options_update_access

        options_update_access = self.options_update_access

        finances_salary_schemes_access = self.finances_salary_schemes_access

        finances_salary_calc_access = self.finances_salary_calc_access

        finances_salary_not_limitation_today_access = self.finances_salary_not_limitation_today_access

        finances_payroll_calculation_create_access = self.finances_payroll_calculation_create_access

        finances_payroll_calculation_create_not_limitation_today_access = (
            self.finances_payroll_calculation_create_not_limitation_today_access
        )

        finances_salary_access_master_checkbox = self.finances_salary_access_master_checkbox

        finances_salary_access_master_id = self.finances_salary_access_master_id

        get_salary_access_master_id = self.get_salary_access_master_id

        finances_salary_master_not_limitation_today_access = self.finances_salary_master_not_limitation_today_access

        finances_payroll_calculation_create_by_master_access = self.finances_payroll_calculation_create_by_master_access

        calculation_create_by_master_not_limitation_today_access = (
            self.calculation_create_by_master_not_limitation_today_access
        )

        finances_period_report_access = self.finances_period_report_access

        finances_period_report_excel_access = self.finances_period_report_excel_access

        finances_year_report_access = self.finances_year_report_access

        finances_year_report_excel_access = self.finances_year_report_excel_access

        finances_print_check_access = self.finances_print_check_access

        finances_z_report_access = self.finances_z_report_access

        finances_z_report_no_limit_today_access = self.finances_z_report_no_limit_today_access

        finances_z_report_excel_access = self.finances_z_report_excel_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finances_access is not UNSET:
            field_dict["finances_access"] = finances_access
        if finances_accounts_ids is not UNSET:
            field_dict["finances_accounts_ids"] = finances_accounts_ids
        if finances_transactions_access is not UNSET:
            field_dict["finances_transactions_access"] = finances_transactions_access
        if finances_last_days_count is not UNSET:
            field_dict["finances_last_days_count"] = finances_last_days_count
        if finances_create_transactions_access is not UNSET:
            field_dict["finances_create_transactions_access"] = finances_create_transactions_access
        if finances_create_last_days_count is not UNSET:
            field_dict["finances_create_last_days_count"] = finances_create_last_days_count
        if finances_edit_transactions_access is not UNSET:
            field_dict["finances_edit_transactions_access"] = finances_edit_transactions_access
        if finances_edit_last_days_count is not UNSET:
            field_dict["finances_edit_last_days_count"] = finances_edit_last_days_count
        if finances_delete_transactions_access is not UNSET:
            field_dict["finances_delete_transactions_access"] = finances_delete_transactions_access
        if finances_transactions_excel_access is not UNSET:
            field_dict["finances_transactions_excel_access"] = finances_transactions_excel_access
        if finances_expenses_ids is not UNSET:
            field_dict["finances_expenses_ids"] = finances_expenses_ids
        if finances_accounts_access is not UNSET:
            field_dict["finances_accounts_access"] = finances_accounts_access
        if finances_accounts_limited_access is not UNSET:
            field_dict["finances_accounts_limited_access"] = finances_accounts_limited_access
        if finances_accounts_banalce_access is not UNSET:
            field_dict["finances_accounts_banalce_access"] = finances_accounts_banalce_access
        if finances_suppliers_read_access is not UNSET:
            field_dict["finances_suppliers_read_access"] = finances_suppliers_read_access
        if finances_suppliers_create_access is not UNSET:
            field_dict["finances_suppliers_create_access"] = finances_suppliers_create_access
        if finances_suppliers_update_access is not UNSET:
            field_dict["finances_suppliers_update_access"] = finances_suppliers_update_access
        if finances_suppliers_delete_access is not UNSET:
            field_dict["finances_suppliers_delete_access"] = finances_suppliers_delete_access
        if finances_suppliers_excel_access is not UNSET:
            field_dict["finances_suppliers_excel_access"] = finances_suppliers_excel_access
        if finances_expenses_read_access is not UNSET:
            field_dict["finances_expenses_read_access"] = finances_expenses_read_access
        if expenses_read_access is not UNSET:
            field_dict["expenses_read_access"] = expenses_read_access
        if finances_expenses_create_access is not UNSET:
            field_dict["finances_expenses_create_access"] = finances_expenses_create_access
        if expenses_create_access is not UNSET:
            field_dict["expenses_create_access"] = expenses_create_access
        if finances_expenses_update_access is not UNSET:
            field_dict["finances_expenses_update_access"] = finances_expenses_update_access
        if expenses_update_access is not UNSET:
            field_dict["expenses_update_access"] = expenses_update_access
        if finances_expenses_delete_access is not UNSET:
            field_dict["finances_expenses_delete_access"] = finances_expenses_delete_access
        if expenses_delete_access is not UNSET:
            field_dict["expenses_delete_access"] = expenses_delete_access
        if finances_kkm_transactions_access is not UNSET:
            field_dict["finances_kkm_transactions_access"] = finances_kkm_transactions_access
        if kkm_transactions_accounts_access is not UNSET:
            field_dict["kkm_transactions_accounts_access"] = kkm_transactions_accounts_access
        if finances_kkm_settings_read_access is not UNSET:
            field_dict["finances_kkm_settings_read_access"] = finances_kkm_settings_read_access
        if kkm_settings_reed_access is not UNSET:
            field_dict["kkm_settings_reed_access"] = kkm_settings_reed_access
        if finances_kkm_settings_update_access is not UNSET:
            field_dict["finances_kkm_settings_update_access"] = finances_kkm_settings_update_access
        if kkm_settings_update_access is not UNSET:
            field_dict["kkm_settings_update_access"] = kkm_settings_update_access
        if finances_settings_invoicing_read_access is not UNSET:
            field_dict["finances_settings_invoicing_read_access"] = finances_settings_invoicing_read_access
        if finances_settings_invoicing_update_access is not UNSET:
            field_dict["finances_settings_invoicing_update_access"] = finances_settings_invoicing_update_access
        if settings_invoicing_read_access is not UNSET:
            field_dict["settings_invoicing_read_access"] = settings_invoicing_read_access
        if settings_invoicing_update_access is not UNSET:
            field_dict["settings_invoicing_update_access"] = settings_invoicing_update_access
        if finances_options_read_access is not UNSET:
            field_dict["finances_options_read_access"] = finances_options_read_access
        if options_read_access is not UNSET:
            field_dict["options_read_access"] = options_read_access
        if finances_options_update_access is not UNSET:
            field_dict["finances_options_update_access"] = finances_options_update_access
        if options_update_access is not UNSET:
            field_dict["options_update_access"] = options_update_access
        if finances_salary_schemes_access is not UNSET:
            field_dict["finances_salary_schemes_access"] = finances_salary_schemes_access
        if finances_salary_calc_access is not UNSET:
            field_dict["finances_salary_calc_access"] = finances_salary_calc_access
        if finances_salary_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_not_limitation_today_access"] = finances_salary_not_limitation_today_access
        if finances_payroll_calculation_create_access is not UNSET:
            field_dict["finances_payroll_calculation_create_access"] = finances_payroll_calculation_create_access
        if finances_payroll_calculation_create_not_limitation_today_access is not UNSET:
            field_dict["finances_payroll_calculation_create_not_limitation_today_access"] = (
                finances_payroll_calculation_create_not_limitation_today_access
            )
        if finances_salary_access_master_checkbox is not UNSET:
            field_dict["finances_salary_access_master_checkbox"] = finances_salary_access_master_checkbox
        if finances_salary_access_master_id is not UNSET:
            field_dict["finances_salary_access_master_id"] = finances_salary_access_master_id
        if get_salary_access_master_id is not UNSET:
            field_dict["get_salary_access_master_id"] = get_salary_access_master_id
        if finances_salary_master_not_limitation_today_access is not UNSET:
            field_dict["finances_salary_master_not_limitation_today_access"] = (
                finances_salary_master_not_limitation_today_access
            )
        if finances_payroll_calculation_create_by_master_access is not UNSET:
            field_dict["finances_payroll_calculation_create_by_master_access"] = (
                finances_payroll_calculation_create_by_master_access
            )
        if calculation_create_by_master_not_limitation_today_access is not UNSET:
            field_dict["calculation_create_by_master_not_limitation_today_access"] = (
                calculation_create_by_master_not_limitation_today_access
            )
        if finances_period_report_access is not UNSET:
            field_dict["finances_period_report_access"] = finances_period_report_access
        if finances_period_report_excel_access is not UNSET:
            field_dict["finances_period_report_excel_access"] = finances_period_report_excel_access
        if finances_year_report_access is not UNSET:
            field_dict["finances_year_report_access"] = finances_year_report_access
        if finances_year_report_excel_access is not UNSET:
            field_dict["finances_year_report_excel_access"] = finances_year_report_excel_access
        if finances_print_check_access is not UNSET:
            field_dict["finances_print_check_access"] = finances_print_check_access
        if finances_z_report_access is not UNSET:
            field_dict["finances_z_report_access"] = finances_z_report_access
        if finances_z_report_no_limit_today_access is not UNSET:
            field_dict["finances_z_report_no_limit_today_access"] = finances_z_report_no_limit_today_access
        if finances_z_report_excel_access is not UNSET:
            field_dict["finances_z_report_excel_access"] = finances_z_report_excel_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        finances_access = d.pop("finances_access", UNSET)

        _finances_accounts_ids = d.pop("finances_accounts_ids", UNSET)
        finances_accounts_ids: list[JsonObject] | Unset = UNSET
        if _finances_accounts_ids is not UNSET:
            finances_accounts_ids = []
            for finances_accounts_ids_item_data in _finances_accounts_ids:
                finances_accounts_ids_item = JsonObject.from_dict(finances_accounts_ids_item_data)

                finances_accounts_ids.append(finances_accounts_ids_item)

        finances_transactions_access = d.pop("finances_transactions_access", UNSET)

        finances_last_days_count = d.pop("finances_last_days_count", UNSET)

        finances_create_transactions_access = d.pop("finances_create_transactions_access", UNSET)

        finances_create_last_days_count = d.pop("finances_create_last_days_count", UNSET)

        finances_edit_transactions_access = d.pop("finances_edit_transactions_access", UNSET)

        finances_edit_last_days_count = d.pop("finances_edit_last_days_count", UNSET)

        finances_delete_transactions_access = d.pop("finances_delete_transactions_access", UNSET)

        finances_transactions_excel_access = d.pop("finances_transactions_excel_access", UNSET)

        _finances_expenses_ids = d.pop("finances_expenses_ids", UNSET)
        finances_expenses_ids: list[JsonObject] | Unset = UNSET
        if _finances_expenses_ids is not UNSET:
            finances_expenses_ids = []
            for finances_expenses_ids_item_data in _finances_expenses_ids:
                finances_expenses_ids_item = JsonObject.from_dict(finances_expenses_ids_item_data)

                finances_expenses_ids.append(finances_expenses_ids_item)

        finances_accounts_access = d.pop("finances_accounts_access", UNSET)

        finances_accounts_limited_access = d.pop("finances_accounts_limited_access", UNSET)

        finances_accounts_banalce_access = d.pop("finances_accounts_banalce_access", UNSET)

        finances_suppliers_read_access = d.pop("finances_suppliers_read_access", UNSET)

        finances_suppliers_create_access = d.pop("finances_suppliers_create_access", UNSET)

        finances_suppliers_update_access = d.pop("finances_suppliers_update_access", UNSET)

        finances_suppliers_delete_access = d.pop("finances_suppliers_delete_access", UNSET)

        finances_suppliers_excel_access = d.pop("finances_suppliers_excel_access", UNSET)

        finances_expenses_read_access = d.pop("finances_expenses_read_access", UNSET)

        expenses_read_access = d.pop("expenses_read_access", UNSET)

        finances_expenses_create_access = d.pop("finances_expenses_create_access", UNSET)

        expenses_create_access = d.pop("expenses_create_access", UNSET)

        finances_expenses_update_access = d.pop("finances_expenses_update_access", UNSET)

        expenses_update_access = d.pop("expenses_update_access", UNSET)

        finances_expenses_delete_access = d.pop("finances_expenses_delete_access", UNSET)

        expenses_delete_access = d.pop("expenses_delete_access", UNSET)

        finances_kkm_transactions_access = d.pop("finances_kkm_transactions_access", UNSET)

        kkm_transactions_accounts_access = d.pop("kkm_transactions_accounts_access", UNSET)

        finances_kkm_settings_read_access = d.pop("finances_kkm_settings_read_access", UNSET)

        kkm_settings_reed_access = d.pop("kkm_settings_reed_access", UNSET)

        finances_kkm_settings_update_access = d.pop("finances_kkm_settings_update_access", UNSET)

        kkm_settings_update_access = d.pop("kkm_settings_update_access", UNSET)

        finances_settings_invoicing_read_access = d.pop("finances_settings_invoicing_read_access", UNSET)

        finances_settings_invoicing_update_access = d.pop("finances_settings_invoicing_update_access", UNSET)

        settings_invoicing_read_access = d.pop("settings_invoicing_read_access", UNSET)

        settings_invoicing_update_access = d.pop("settings_invoicing_update_access", UNSET)

        finances_options_read_access = d.pop("finances_options_read_access", UNSET)

        options_read_access = d.pop("options_read_access", UNSET)

        finances_options_update_access = d.pop("finances_options_update_access", UNSET)

        options_update_access = d.pop("options_update_access", UNSET)

        finances_salary_schemes_access = d.pop("finances_salary_schemes_access", UNSET)

        finances_salary_calc_access = d.pop("finances_salary_calc_access", UNSET)

        finances_salary_not_limitation_today_access = d.pop("finances_salary_not_limitation_today_access", UNSET)

        finances_payroll_calculation_create_access = d.pop("finances_payroll_calculation_create_access", UNSET)

        finances_payroll_calculation_create_not_limitation_today_access = d.pop(
            "finances_payroll_calculation_create_not_limitation_today_access", UNSET
        )

        finances_salary_access_master_checkbox = d.pop("finances_salary_access_master_checkbox", UNSET)

        finances_salary_access_master_id = d.pop("finances_salary_access_master_id", UNSET)

        get_salary_access_master_id = d.pop("get_salary_access_master_id", UNSET)

        finances_salary_master_not_limitation_today_access = d.pop(
            "finances_salary_master_not_limitation_today_access", UNSET
        )

        finances_payroll_calculation_create_by_master_access = d.pop(
            "finances_payroll_calculation_create_by_master_access", UNSET
        )

        calculation_create_by_master_not_limitation_today_access = d.pop(
            "calculation_create_by_master_not_limitation_today_access", UNSET
        )

        finances_period_report_access = d.pop("finances_period_report_access", UNSET)

        finances_period_report_excel_access = d.pop("finances_period_report_excel_access", UNSET)

        finances_year_report_access = d.pop("finances_year_report_access", UNSET)

        finances_year_report_excel_access = d.pop("finances_year_report_excel_access", UNSET)

        finances_print_check_access = d.pop("finances_print_check_access", UNSET)

        finances_z_report_access = d.pop("finances_z_report_access", UNSET)

        finances_z_report_no_limit_today_access = d.pop("finances_z_report_no_limit_today_access", UNSET)

        finances_z_report_excel_access = d.pop("finances_z_report_excel_access", UNSET)

        user_permissions_response_data_types_data_finances = cls(
            finances_access=finances_access,
            finances_accounts_ids=finances_accounts_ids,
            finances_transactions_access=finances_transactions_access,
            finances_last_days_count=finances_last_days_count,
            finances_create_transactions_access=finances_create_transactions_access,
            finances_create_last_days_count=finances_create_last_days_count,
            finances_edit_transactions_access=finances_edit_transactions_access,
            finances_edit_last_days_count=finances_edit_last_days_count,
            finances_delete_transactions_access=finances_delete_transactions_access,
            finances_transactions_excel_access=finances_transactions_excel_access,
            finances_expenses_ids=finances_expenses_ids,
            finances_accounts_access=finances_accounts_access,
            finances_accounts_limited_access=finances_accounts_limited_access,
            finances_accounts_banalce_access=finances_accounts_banalce_access,
            finances_suppliers_read_access=finances_suppliers_read_access,
            finances_suppliers_create_access=finances_suppliers_create_access,
            finances_suppliers_update_access=finances_suppliers_update_access,
            finances_suppliers_delete_access=finances_suppliers_delete_access,
            finances_suppliers_excel_access=finances_suppliers_excel_access,
            finances_expenses_read_access=finances_expenses_read_access,
            expenses_read_access=expenses_read_access,
            finances_expenses_create_access=finances_expenses_create_access,
            expenses_create_access=expenses_create_access,
            finances_expenses_update_access=finances_expenses_update_access,
            expenses_update_access=expenses_update_access,
            finances_expenses_delete_access=finances_expenses_delete_access,
            expenses_delete_access=expenses_delete_access,
            finances_kkm_transactions_access=finances_kkm_transactions_access,
            kkm_transactions_accounts_access=kkm_transactions_accounts_access,
            finances_kkm_settings_read_access=finances_kkm_settings_read_access,
            kkm_settings_reed_access=kkm_settings_reed_access,
            finances_kkm_settings_update_access=finances_kkm_settings_update_access,
            kkm_settings_update_access=kkm_settings_update_access,
            finances_settings_invoicing_read_access=finances_settings_invoicing_read_access,
            finances_settings_invoicing_update_access=finances_settings_invoicing_update_access,
            settings_invoicing_read_access=settings_invoicing_read_access,
            settings_invoicing_update_access=settings_invoicing_update_access,
            finances_options_read_access=finances_options_read_access,
            options_read_access=options_read_access,
            finances_options_update_access=finances_options_update_access,
            options_update_access=options_update_access,
            finances_salary_schemes_access=finances_salary_schemes_access,
            finances_salary_calc_access=finances_salary_calc_access,
            finances_salary_not_limitation_today_access=finances_salary_not_limitation_today_access,
            finances_payroll_calculation_create_access=finances_payroll_calculation_create_access,
            finances_payroll_calculation_create_not_limitation_today_access=finances_payroll_calculation_create_not_limitation_today_access,
            finances_salary_access_master_checkbox=finances_salary_access_master_checkbox,
            finances_salary_access_master_id=finances_salary_access_master_id,
            get_salary_access_master_id=get_salary_access_master_id,
            finances_salary_master_not_limitation_today_access=finances_salary_master_not_limitation_today_access,
            finances_payroll_calculation_create_by_master_access=finances_payroll_calculation_create_by_master_access,
            calculation_create_by_master_not_limitation_today_access=calculation_create_by_master_not_limitation_today_access,
            finances_period_report_access=finances_period_report_access,
            finances_period_report_excel_access=finances_period_report_excel_access,
            finances_year_report_access=finances_year_report_access,
            finances_year_report_excel_access=finances_year_report_excel_access,
            finances_print_check_access=finances_print_check_access,
            finances_z_report_access=finances_z_report_access,
            finances_z_report_no_limit_today_access=finances_z_report_no_limit_today_access,
            finances_z_report_excel_access=finances_z_report_excel_access,
        )

        user_permissions_response_data_types_data_finances.additional_properties = d
        return user_permissions_response_data_types_data_finances

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


def _read_finances_accounts_ids(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _finances_accounts_ids = json_value
    finances_accounts_ids: list[JsonObject] | Unset = UNSET
    if _finances_accounts_ids is not UNSET:
        finances_accounts_ids = JsonObject._lazy_list(_finances_accounts_ids, parse_ctx)

    return finances_accounts_ids


def _read_finances_expenses_ids(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _finances_expenses_ids = json_value
    finances_expenses_ids: list[JsonObject] | Unset = UNSET
    if _finances_expenses_ids is not UNSET:
        finances_expenses_ids = JsonObject._lazy_list(_finances_expenses_ids, parse_ctx)

    return finances_expenses_ids


_DECLARED_KEYS = frozenset(
    {
        "finances_access",
        "finances_accounts_ids",
        "finances_transactions_access",
        "finances_last_days_count",
        "finances_create_transactions_access",
        "finances_create_last_days_count",
        "finances_edit_transactions_access",
        "finances_edit_last_days_count",
        "finances_delete_transactions_access",
        "finances_transactions_excel_access",
        "finances_expenses_ids",
        "finances_accounts_access",
        "finances_accounts_limited_access",
        "finances_accounts_banalce_access",
        "finances_suppliers_read_access",
        "finances_suppliers_create_access",
        "finances_suppliers_update_access",
        "finances_suppliers_delete_access",
        "finances_suppliers_excel_access",
        "finances_expenses_read_access",
        "expenses_read_access",
        "finances_expenses_create_access",
        "expenses_create_access",
        "finances_expenses_update_access",
        "expenses_update_access",
        "finances_expenses_delete_access",
        "expenses_delete_access",
        "finances_kkm_transactions_access",
        "kkm_transactions_accounts_access",
        "finances_kkm_settings_read_access",
        "kkm_settings_reed_access",
        "finances_kkm_settings_update_access",
        "kkm_settings_update_access",
        "finances_settings_invoicing_read_access",
        "finances_settings_invoicing_update_access",
        "settings_invoicing_read_access",
        "settings_invoicing_update_access",
        "finances_options_read_access",
        "options_read_access",
        "finances_options_update_access",
        "options_update_access",
        "finances_salary_schemes_access",
        "finances_salary_calc_access",
        "finances_salary_not_limitation_today_access",
        "finances_payroll_calculation_create_access",
        "finances_payroll_calculation_create_not_limitation_today_access",
        "finances_salary_access_master_checkbox",
        "finances_salary_access_master_id",
        "get_salary_access_master_id",
        "finances_salary_master_not_limitation_today_access",
        "finances_payroll_calculation_create_by_master_access",
        "calculation_create_by_master_not_limitation_today_access",
        "finances_period_report_access",
        "finances_period_report_excel_access",
        "finances_year_report_access",
        "finances_year_report_excel_access",
        "finances_print_check_access",
        "finances_z_report_access",
        "finances_z_report_no_limit_today_access",
        "finances_z_report_excel_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataFinances._lazy_fields = {
    "finances_access": ("finances_access", None, False),
    "finances_accounts_ids": ("finances_accounts_ids", _read_finances_accounts_ids, False),
    "finances_transactions_access": ("finances_transactions_access", None, False),
    "finances_last_days_count": ("finances_last_days_count", None, False),
    "finances_create_transactions_access": ("finances_create_transactions_access", None, False),
    "finances_create_last_days_count": ("finances_create_last_days_count", None, False),
    "finances_edit_transactions_access": ("finances_edit_transactions_access", None, False),
    "finances_edit_last_days_count": ("finances_edit_last_days_count", None, False),
    "finances_delete_transactions_access": ("finances_delete_transactions_access", None, False),
    "finances_transactions_excel_access": ("finances_transactions_excel_access", None, False),
    "finances_expenses_ids": ("finances_expenses_ids", _read_finances_expenses_ids, False),
    "finances_accounts_access": ("finances_accounts_access", None, False),
    "finances_accounts_limited_access": ("finances_accounts_limited_access", None, False),
    "finances_accounts_banalce_access": ("finances_accounts_banalce_access", None, False),
    "finances_suppliers_read_access": ("finances_suppliers_read_access", None, False),
    "finances_suppliers_create_access": ("finances_suppliers_create_access", None, False),
    "finances_suppliers_update_access": ("finances_suppliers_update_access", None, False),
    "finances_suppliers_delete_access": ("finances_suppliers_delete_access", None, False),
    "finances_suppliers_excel_access": ("finances_suppliers_excel_access", None, False),
    "finances_expenses_read_access": ("finances_expenses_read_access", None, False),
    "expenses_read_access": ("expenses_read_access", None, False),
    "finances_expenses_create_access": ("finances_expenses_create_access", None, False),
    "expenses_create_access": ("expenses_create_access", None, False),
    "finances_expenses_update_access": ("finances_expenses_update_access", None, False),
    "expenses_update_access": ("expenses_update_access", None, False),
    "finances_expenses_delete_access": ("finances_expenses_delete_access", None, False),
    "expenses_delete_access": ("expenses_delete_access", None, False),
    "finances_kkm_transactions_access": ("finances_kkm_transactions_access", None, False),
    "kkm_transactions_accounts_access": ("kkm_transactions_accounts_access", None, False),
    "finances_kkm_settings_read_access": ("finances_kkm_settings_read_access", None, False),
    "kkm_settings_reed_access": ("kkm_settings_reed_access", None, False),
    "finances_kkm_settings_update_access": ("finances_kkm_settings_update_access", None, False),
    "kkm_settings_update_access": ("kkm_settings_update_access", None, False),
    "finances_settings_invoicing_read_access": ("finances_settings_invoicing_read_access", None, False),
    "finances_settings_invoicing_update_access": ("finances_settings_invoicing_update_access", None, False),
    "settings_invoicing_read_access": ("settings_invoicing_read_access", None, False),
    "settings_invoicing_update_access": ("settings_invoicing_update_access", None, False),
    "finances_options_read_access": ("finances_options_read_access", None, False),
    "options_read_access": ("options_read_access", None, False),
    "finances_options_update_access": ("finances_options_update_access", None, False),
    "options_update_access": ("options_update_access", None, False),
    "finances_salary_schemes_access": ("finances_salary_schemes_access", None, False),
    "finances_salary_calc_access": ("finances_salary_calc_access", None, False),
    "finances_salary_not_limitation_today_access": ("finances_salary_not_limitation_today_access", None, False),
    "finances_payroll_calculation_create_access": ("finances_payroll_calculation_create_access", None, False),
    "finances_payroll_calculation_create_not_limitation_today_access": (
        "finances_payroll_calculation_create_not_limitation_today_access",
        None,
        False,
    ),
    "finances_salary_access_master_checkbox": ("finances_salary_access_master_checkbox", None, False),
    "finances_salary_access_master_id": ("finances_salary_access_master_id", None, False),
    "get_salary_access_master_id": ("get_salary_access_master_id", None, False),
    "finances_salary_master_not_limitation_today_access": (
        "finances_salary_master_not_limitation_today_access",
        None,
        False,
    ),
    "finances_payroll_calculation_create_by_master_access": (
        "finances_payroll_calculation_create_by_master_access",
        None,
        False,
    ),
    "calculation_create_by_master_not_limitation_today_access": (
        "calculation_create_by_master_not_limitation_today_access",
        None,
        False,
    ),
    "finances_period_report_access": ("finances_period_report_access", None, False),
    "finances_period_report_excel_access": ("finances_period_report_excel_access", None, False),
    "finances_year_report_access": ("finances_year_report_access", None, False),
    "finances_year_report_excel_access": ("finances_year_report_excel_access", None, False),
    "finances_print_check_access": ("finances_print_check_access", None, False),
    "finances_z_report_access": ("finances_z_report_access", None, False),
    "finances_z_report_no_limit_today_access": ("finances_z_report_no_limit_today_access", None, False),
    "finances_z_report_excel_access": ("finances_z_report_excel_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataFinances, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.finances_access = get("finances_access", UNSET)
    model.finances_transactions_access = get("finances_transactions_access", UNSET)
    model.finances_last_days_count = get("finances_last_days_count", UNSET)
    model.finances_create_transactions_access = get("finances_create_transactions_access", UNSET)
    model.finances_create_last_days_count = get("finances_create_last_days_count", UNSET)
    model.finances_edit_transactions_access = get("finances_edit_transactions_access", UNSET)
    model.finances_edit_last_days_count = get("finances_edit_last_days_count", UNSET)
    model.finances_delete_transactions_access = get("finances_delete_transactions_access", UNSET)
    model.finances_transactions_excel_access = get("finances_transactions_excel_access", UNSET)
    model.finances_accounts_access = get("finances_accounts_access", UNSET)
    model.finances_accounts_limited_access = get("finances_accounts_limited_access", UNSET)
    model.finances_accounts_banalce_access = get("finances_accounts_banalce_access", UNSET)
    model.finances_suppliers_read_access = get("finances_suppliers_read_access", UNSET)
    model.finances_suppliers_create_access = get("finances_suppliers_create_access", UNSET)
    model.finances_suppliers_update_access = get("finances_suppliers_update_access", UNSET)
    model.finances_suppliers_delete_access = get("finances_suppliers_delete_access", UNSET)
    model.finances_suppliers_excel_access = get("finances_suppliers_excel_access", UNSET)
    model.finances_expenses_read_access = get("finances_expenses_read_access", UNSET)
    model.expenses_read_access = get("expenses_read_access", UNSET)
    model.finances_expenses_create_access = get("finances_expenses_create_access", UNSET)
    model.expenses_create_access = get("expenses_create_access", UNSET)
    model.finances_expenses_update_access = get("finances_expenses_update_access", UNSET)
    model.expenses_update_access = get("expenses_update_access", UNSET)
    model.finances_expenses_delete_access = get("finances_expenses_delete_access", UNSET)
    model.expenses_delete_access = get("expenses_delete_access", UNSET)
    model.finances_kkm_transactions_access = get("finances_kkm_transactions_access", UNSET)
    model.kkm_transactions_accounts_access = get("kkm_transactions_accounts_access", UNSET)
    model.finances_kkm_settings_read_access = get("finances_kkm_settings_read_access", UNSET)
    model.kkm_settings_reed_access = get("kkm_settings_reed_access", UNSET)
    model.finances_kkm_settings_update_access = get("finances_kkm_settings_update_access", UNSET)
    model.kkm_settings_update_access = get("kkm_settings_update_access", UNSET)
    model.finances_settings_invoicing_read_access = get("finances_settings_invoicing_read_access", UNSET)
    model.finances_settings_invoicing_update_access = get("finances_settings_invoicing_update_access", UNSET)
    model.settings_invoicing_read_access = get("settings_invoicing_read_access", UNSET)
    model.settings_invoicing_update_access = get("settings_invoicing_update_access", UNSET)
    model.finances_options_read_access = get("finances_options_read_access", UNSET)
    model.options_read_access = get("options_read_access", UNSET)
    model.finances_options_update_access = get("finances_options_update_access", UNSET)
    model.options_update_access = get("options_update_access", UNSET)
    model.finances_salary_schemes_access = get("finances_salary_schemes_access", UNSET)
    model.finances_salary_calc_access = get("finances_salary_calc_access", UNSET)
    model.finances_salary_not_limitation_today_access = get("finances_salary_not_limitation_today_access", UNSET)
    model.finances_payroll_calculation_create_access = get("finances_payroll_calculation_create_access", UNSET)
    model.finances_payroll_calculation_create_not_limitation_today_access = get(
        "finances_payroll_calculation_create_not_limitation_today_access", UNSET
    )
    model.finances_salary_access_master_checkbox = get("finances_salary_access_master_checkbox", UNSET)
    model.finances_salary_access_master_id = get("finances_salary_access_master_id", UNSET)
    model.get_salary_access_master_id = get("get_salary_access_master_id", UNSET)
    model.finances_salary_master_not_limitation_today_access = get(
        "finances_salary_master_not_limitation_today_access", UNSET
    )
    model.finances_payroll_calculation_create_by_master_access = get(
        "finances_payroll_calculation_create_by_master_access", UNSET
    )
    model.calculation_create_by_master_not_limitation_today_access = get(
        "calculation_create_by_master_not_limitation_today_access", UNSET
    )
    model.finances_period_report_access = get("finances_period_report_access", UNSET)
    model.finances_period_report_excel_access = get("finances_period_report_excel_access", UNSET)
    model.finances_year_report_access = get("finances_year_report_access", UNSET)
    model.finances_year_report_excel_access = get("finances_year_report_excel_access", UNSET)
    model.finances_print_check_access = get("finances_print_check_access", UNSET)
    model.finances_z_report_access = get("finances_z_report_access", UNSET)
    model.finances_z_report_no_limit_today_access = get("finances_z_report_no_limit_today_access", UNSET)
    model.finances_z_report_excel_access = get("finances_z_report_excel_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataFinances,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "finances_accounts_ids" not in done:
        value = get("finances_accounts_ids", UNSET)
        if value is UNSET:
            model.finances_accounts_ids = UNSET
        elif value == []:
            model.finances_accounts_ids = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.finances_accounts_ids = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "finances_expenses_ids" not in done:
        value = get("finances_expenses_ids", UNSET)
        if value is UNSET:
            model.finances_expenses_ids = UNSET
        elif value == []:
            model.finances_expenses_ids = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.finances_expenses_ids = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataFinances | None = None
) -> UserPermissionsResponseDataTypesDataFinances:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataFinances._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataFinances
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
        layout = layout_of(UserPermissionsResponseDataTypesDataFinances, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_finances_accounts_ids, value_finances_expenses_ids = fill(json_value, model)
    if value_finances_accounts_ids is UNSET:
        model.finances_accounts_ids = UNSET
    elif value_finances_accounts_ids == []:
        model.finances_accounts_ids = value_finances_accounts_ids  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_finances_accounts_ids) is not list:
                raise TypeError
            model.finances_accounts_ids = [build(item, parse_ctx) for item in value_finances_accounts_ids]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_finances_expenses_ids is UNSET:
        model.finances_expenses_ids = UNSET
    elif value_finances_expenses_ids == []:
        model.finances_expenses_ids = value_finances_expenses_ids  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_finances_expenses_ids) is not list:
                raise TypeError
            model.finances_expenses_ids = [build(item, parse_ctx) for item in value_finances_expenses_ids]
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataFinances)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataFinances
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataFinances._lazy_fill = (_fill_plain, _fill_converted, _build)
