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

T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataRecordForm")


@_attrs_define
class UserPermissionsResponseDataTypesDataRecordForm(LazyModel):
    """Appointment window"""

    record_form_access: bool | Unset = UNSET
    """ true - there is access to the appointment form, false - no access """
    record_form_client_access: bool | Unset = UNSET
    """ true - there is access to customer data, false - no access """
    records_autocomplete_access: bool | Unset = UNSET
    """ true - there is access to the drop-down list with customer data, false - no access """
    create_records_access: bool | Unset = UNSET
    """ true - there is access to create appointments, false - no access to Create appointments """
    edit_records_access: bool | Unset = UNSET
    """ true - there is access to change records, false - no access """
    edit_records_attendance_access: bool | Unset = UNSET
    """ true - there is access to records with visit status "customer arrived", false - no access """
    records_services_cost_access: bool | Unset = UNSET
    """ true - there is access to change the cost of services, false - no access """
    records_services_discount_access: bool | Unset = UNSET
    """ true - there is access to change discounts for services, false - no access """
    record_edit_full_paid_access: bool | Unset = UNSET
    """ true - there is access to edit the paid post, false - no access """
    delete_records_access: bool | Unset = UNSET
    """ true - there is access to delete the appointment, false - no access """
    delete_customer_came_records_access: bool | Unset = UNSET
    """ true - there is access to delete records with the "client has arrived" status, false - no access """
    delete_paid_records_access: bool | Unset = UNSET
    """ true - there is access to delete paid appointments, false - no access """
    records_goods_access: bool | Unset = UNSET
    """ true - there is access to product sales, false - no access """
    records_goods_create_transaction_access: bool | Unset = UNSET
    """ true - there is access to create commodity transactions, false - no access """
    records_goods_create_last_days_count: float | Unset = UNSET
    """ -1 - access to create commodity transactions for all time, >= 0 - access to create commodity transactions
    for the specified number of days in the past """
    records_goods_edit_transaction_access: bool | Unset = UNSET
    """ true - there is access to editing commodity transactions, false - no access """
    records_goods_edit_last_days_count: float | Unset = UNSET
    """ -1 - there is access to editing commodity transactions for all time, >= 0 - access to editing commodity
    transactions for the specified number of days in the past'' """
    records_goods_cost_access: bool | Unset = UNSET
    """ true - there is access to change the cost of products, false - no access """
    records_goods_discount_access: bool | Unset = UNSET
    """ true - there is access to change product discounts, false - no access """
    records_finances_access: bool | Unset = UNSET
    """ true - there is access to payment, false - no access """
    records_finances_last_days_count: float | Unset = UNSET
    """ -1 - there is access to making payments in records for the whole time, >= 0 - access to making payments in
    records for the specified number of days in the past """
    records_finances_pay_from_deposits_access: bool | Unset = UNSET
    """ true - there is access to making payments in records from the client's personal account, false - no access
    """
    records_group_id_access: bool | Unset = UNSET
    """ true - there is access to client data over the chain, false - no access """
    records_group_id: int | Unset = UNSET
    """ ID of the chain to which there is access to customer data """
    record_form_client_add_access: bool | Unset = UNSET
    """ true - there is access to add clients from appointment form, false - no access """
    records_autocomplete_phone_access: bool | Unset = UNSET
    """ true - there is access to phone autocomplete in appointment form, false - no access """
    assistants_management_access: bool | Unset = UNSET
    """ true - there is access to manage assistants, false - no access """
    assistants_reward_share_edit_access: bool | Unset = UNSET
    """ true - there is access to edit assistant reward share, false - no access """
    records_edit_last_days_count: float | Unset = UNSET
    """ -1 - access to edit appointments for all time, >= 0 - access to edit appointments for the specified number
    of days in the past """
    records_edit_date_and_master_access: bool | Unset = UNSET
    """ true - there is access to edit appointment date and team member, false - no access """
    records_edit_duration_access: bool | Unset = UNSET
    """ true - there is access to edit appointment duration, false - no access """
    records_edit_comment_access: bool | Unset = UNSET
    """ true - there is access to edit appointment comment, false - no access """
    records_edit_services_access: bool | Unset = UNSET
    """ true - there is access to edit appointment services, false - no access """
    records_consumables_edit_access: bool | Unset = UNSET
    """ true - there is access to edit appointment consumables, false - no access """
    record_edit_full_paid_client_came_access: bool | Unset = UNSET
    """ true - there is access to edit fully paid appointments with client arrived status, false - no access """
    record_edit_full_paid_client_confirm_access: bool | Unset = UNSET
    """ true - there is access to edit fully paid appointments with client confirmed status, false - no access """
    custom_fields_client_values_read_access: bool | Unset = UNSET
    """ true - there is access to read client custom field values, false - no access """
    custom_fields_client_values_edit_access: bool | Unset = UNSET
    """ true - there is access to edit client custom field values, false - no access """
    custom_fields_record_values_read_access: bool | Unset = UNSET
    """ true - there is access to read appointment custom field values, false - no access """
    custom_fields_record_values_edit_access: bool | Unset = UNSET
    """ true - there is access to edit appointment custom field values, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_form_access = self.record_form_access

        record_form_client_access = self.record_form_client_access

        records_autocomplete_access = self.records_autocomplete_access

        create_records_access = self.create_records_access

        edit_records_access = self.edit_records_access

        edit_records_attendance_access = self.edit_records_attendance_access

        records_services_cost_access = self.records_services_cost_access

        records_services_discount_access = self.records_services_discount_access

        record_edit_full_paid_access = self.record_edit_full_paid_access

        delete_records_access = self.delete_records_access

        delete_customer_came_records_access = self.delete_customer_came_records_access

        delete_paid_records_access = self.delete_paid_records_access

        records_goods_access = self.records_goods_access

        records_goods_create_transaction_access = self.records_goods_create_transaction_access

        records_goods_create_last_days_count = self.records_goods_create_last_days_count

        records_goods_edit_transaction_access = self.records_goods_edit_transaction_access

        records_goods_edit_last_days_count = self.records_goods_edit_last_days_count

        records_goods_cost_access = self.records_goods_cost_access

        records_goods_discount_access = self.records_goods_discount_access

        records_finances_access = self.records_finances_access

        records_finances_last_days_count = self.records_finances_last_days_count

        records_finances_pay_from_deposits_access = self.records_finances_pay_from_deposits_access

        records_group_id_access = self.records_group_id_access

        records_group_id = self.records_group_id

        record_form_client_add_access = self.record_form_client_add_access

        records_autocomplete_phone_access = self.records_autocomplete_phone_access

        assistants_management_access = self.assistants_management_access

        assistants_reward_share_edit_access = self.assistants_reward_share_edit_access

        records_edit_last_days_count = self.records_edit_last_days_count

        records_edit_date_and_master_access = self.records_edit_date_and_master_access

        records_edit_duration_access = self.records_edit_duration_access

        records_edit_comment_access = self.records_edit_comment_access

        records_edit_services_access = self.records_edit_services_access

        records_consumables_edit_access = self.records_consumables_edit_access

        record_edit_full_paid_client_came_access = self.record_edit_full_paid_client_came_access

        record_edit_full_paid_client_confirm_access = self.record_edit_full_paid_client_confirm_access

        custom_fields_client_values_read_access = self.custom_fields_client_values_read_access

        custom_fields_client_values_edit_access = self.custom_fields_client_values_edit_access

        custom_fields_record_values_read_access = self.custom_fields_record_values_read_access

        custom_fields_record_values_edit_access = self.custom_fields_record_values_edit_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_form_access is not UNSET:
            field_dict["record_form_access"] = record_form_access
        if record_form_client_access is not UNSET:
            field_dict["record_form_client_access"] = record_form_client_access
        if records_autocomplete_access is not UNSET:
            field_dict["records_autocomplete_access"] = records_autocomplete_access
        if create_records_access is not UNSET:
            field_dict["create_records_access"] = create_records_access
        if edit_records_access is not UNSET:
            field_dict["edit_records_access"] = edit_records_access
        if edit_records_attendance_access is not UNSET:
            field_dict["edit_records_attendance_access"] = edit_records_attendance_access
        if records_services_cost_access is not UNSET:
            field_dict["records_services_cost_access"] = records_services_cost_access
        if records_services_discount_access is not UNSET:
            field_dict["records_services_discount_access"] = records_services_discount_access
        if record_edit_full_paid_access is not UNSET:
            field_dict["record_edit_full_paid_access"] = record_edit_full_paid_access
        if delete_records_access is not UNSET:
            field_dict["delete_records_access"] = delete_records_access
        if delete_customer_came_records_access is not UNSET:
            field_dict["delete_customer_came_records_access"] = delete_customer_came_records_access
        if delete_paid_records_access is not UNSET:
            field_dict["delete_paid_records_access"] = delete_paid_records_access
        if records_goods_access is not UNSET:
            field_dict["records_goods_access"] = records_goods_access
        if records_goods_create_transaction_access is not UNSET:
            field_dict["records_goods_create_transaction_access"] = records_goods_create_transaction_access
        if records_goods_create_last_days_count is not UNSET:
            field_dict["records_goods_create_last_days_count"] = records_goods_create_last_days_count
        if records_goods_edit_transaction_access is not UNSET:
            field_dict["records_goods_edit_transaction_access"] = records_goods_edit_transaction_access
        if records_goods_edit_last_days_count is not UNSET:
            field_dict["records_goods_edit_last_days_count"] = records_goods_edit_last_days_count
        if records_goods_cost_access is not UNSET:
            field_dict["records_goods_cost_access"] = records_goods_cost_access
        if records_goods_discount_access is not UNSET:
            field_dict["records_goods_discount_access"] = records_goods_discount_access
        if records_finances_access is not UNSET:
            field_dict["records_finances_access"] = records_finances_access
        if records_finances_last_days_count is not UNSET:
            field_dict["records_finances_last_days_count"] = records_finances_last_days_count
        if records_finances_pay_from_deposits_access is not UNSET:
            field_dict["records_finances_pay_from_deposits_access"] = records_finances_pay_from_deposits_access
        if records_group_id_access is not UNSET:
            field_dict["records_group_id_access"] = records_group_id_access
        if records_group_id is not UNSET:
            field_dict["records_group_id"] = records_group_id
        if record_form_client_add_access is not UNSET:
            field_dict["record_form_client_add_access"] = record_form_client_add_access
        if records_autocomplete_phone_access is not UNSET:
            field_dict["records_autocomplete_phone_access"] = records_autocomplete_phone_access
        if assistants_management_access is not UNSET:
            field_dict["assistants_management_access"] = assistants_management_access
        if assistants_reward_share_edit_access is not UNSET:
            field_dict["assistants_reward_share_edit_access"] = assistants_reward_share_edit_access
        if records_edit_last_days_count is not UNSET:
            field_dict["records_edit_last_days_count"] = records_edit_last_days_count
        if records_edit_date_and_master_access is not UNSET:
            field_dict["records_edit_date_and_master_access"] = records_edit_date_and_master_access
        if records_edit_duration_access is not UNSET:
            field_dict["records_edit_duration_access"] = records_edit_duration_access
        if records_edit_comment_access is not UNSET:
            field_dict["records_edit_comment_access"] = records_edit_comment_access
        if records_edit_services_access is not UNSET:
            field_dict["records_edit_services_access"] = records_edit_services_access
        if records_consumables_edit_access is not UNSET:
            field_dict["records_consumables_edit_access"] = records_consumables_edit_access
        if record_edit_full_paid_client_came_access is not UNSET:
            field_dict["record_edit_full_paid_client_came_access"] = record_edit_full_paid_client_came_access
        if record_edit_full_paid_client_confirm_access is not UNSET:
            field_dict["record_edit_full_paid_client_confirm_access"] = record_edit_full_paid_client_confirm_access
        if custom_fields_client_values_read_access is not UNSET:
            field_dict["custom_fields_client_values_read_access"] = custom_fields_client_values_read_access
        if custom_fields_client_values_edit_access is not UNSET:
            field_dict["custom_fields_client_values_edit_access"] = custom_fields_client_values_edit_access
        if custom_fields_record_values_read_access is not UNSET:
            field_dict["custom_fields_record_values_read_access"] = custom_fields_record_values_read_access
        if custom_fields_record_values_edit_access is not UNSET:
            field_dict["custom_fields_record_values_edit_access"] = custom_fields_record_values_edit_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_form_access = d.pop("record_form_access", UNSET)

        record_form_client_access = d.pop("record_form_client_access", UNSET)

        records_autocomplete_access = d.pop("records_autocomplete_access", UNSET)

        create_records_access = d.pop("create_records_access", UNSET)

        edit_records_access = d.pop("edit_records_access", UNSET)

        edit_records_attendance_access = d.pop("edit_records_attendance_access", UNSET)

        records_services_cost_access = d.pop("records_services_cost_access", UNSET)

        records_services_discount_access = d.pop("records_services_discount_access", UNSET)

        record_edit_full_paid_access = d.pop("record_edit_full_paid_access", UNSET)

        delete_records_access = d.pop("delete_records_access", UNSET)

        delete_customer_came_records_access = d.pop("delete_customer_came_records_access", UNSET)

        delete_paid_records_access = d.pop("delete_paid_records_access", UNSET)

        records_goods_access = d.pop("records_goods_access", UNSET)

        records_goods_create_transaction_access = d.pop("records_goods_create_transaction_access", UNSET)

        records_goods_create_last_days_count = d.pop("records_goods_create_last_days_count", UNSET)

        records_goods_edit_transaction_access = d.pop("records_goods_edit_transaction_access", UNSET)

        records_goods_edit_last_days_count = d.pop("records_goods_edit_last_days_count", UNSET)

        records_goods_cost_access = d.pop("records_goods_cost_access", UNSET)

        records_goods_discount_access = d.pop("records_goods_discount_access", UNSET)

        records_finances_access = d.pop("records_finances_access", UNSET)

        records_finances_last_days_count = d.pop("records_finances_last_days_count", UNSET)

        records_finances_pay_from_deposits_access = d.pop("records_finances_pay_from_deposits_access", UNSET)

        records_group_id_access = d.pop("records_group_id_access", UNSET)

        records_group_id = d.pop("records_group_id", UNSET)

        record_form_client_add_access = d.pop("record_form_client_add_access", UNSET)

        records_autocomplete_phone_access = d.pop("records_autocomplete_phone_access", UNSET)

        assistants_management_access = d.pop("assistants_management_access", UNSET)

        assistants_reward_share_edit_access = d.pop("assistants_reward_share_edit_access", UNSET)

        records_edit_last_days_count = d.pop("records_edit_last_days_count", UNSET)

        records_edit_date_and_master_access = d.pop("records_edit_date_and_master_access", UNSET)

        records_edit_duration_access = d.pop("records_edit_duration_access", UNSET)

        records_edit_comment_access = d.pop("records_edit_comment_access", UNSET)

        records_edit_services_access = d.pop("records_edit_services_access", UNSET)

        records_consumables_edit_access = d.pop("records_consumables_edit_access", UNSET)

        record_edit_full_paid_client_came_access = d.pop("record_edit_full_paid_client_came_access", UNSET)

        record_edit_full_paid_client_confirm_access = d.pop("record_edit_full_paid_client_confirm_access", UNSET)

        custom_fields_client_values_read_access = d.pop("custom_fields_client_values_read_access", UNSET)

        custom_fields_client_values_edit_access = d.pop("custom_fields_client_values_edit_access", UNSET)

        custom_fields_record_values_read_access = d.pop("custom_fields_record_values_read_access", UNSET)

        custom_fields_record_values_edit_access = d.pop("custom_fields_record_values_edit_access", UNSET)

        user_permissions_response_data_types_data_record_form = cls(
            record_form_access=record_form_access,
            record_form_client_access=record_form_client_access,
            records_autocomplete_access=records_autocomplete_access,
            create_records_access=create_records_access,
            edit_records_access=edit_records_access,
            edit_records_attendance_access=edit_records_attendance_access,
            records_services_cost_access=records_services_cost_access,
            records_services_discount_access=records_services_discount_access,
            record_edit_full_paid_access=record_edit_full_paid_access,
            delete_records_access=delete_records_access,
            delete_customer_came_records_access=delete_customer_came_records_access,
            delete_paid_records_access=delete_paid_records_access,
            records_goods_access=records_goods_access,
            records_goods_create_transaction_access=records_goods_create_transaction_access,
            records_goods_create_last_days_count=records_goods_create_last_days_count,
            records_goods_edit_transaction_access=records_goods_edit_transaction_access,
            records_goods_edit_last_days_count=records_goods_edit_last_days_count,
            records_goods_cost_access=records_goods_cost_access,
            records_goods_discount_access=records_goods_discount_access,
            records_finances_access=records_finances_access,
            records_finances_last_days_count=records_finances_last_days_count,
            records_finances_pay_from_deposits_access=records_finances_pay_from_deposits_access,
            records_group_id_access=records_group_id_access,
            records_group_id=records_group_id,
            record_form_client_add_access=record_form_client_add_access,
            records_autocomplete_phone_access=records_autocomplete_phone_access,
            assistants_management_access=assistants_management_access,
            assistants_reward_share_edit_access=assistants_reward_share_edit_access,
            records_edit_last_days_count=records_edit_last_days_count,
            records_edit_date_and_master_access=records_edit_date_and_master_access,
            records_edit_duration_access=records_edit_duration_access,
            records_edit_comment_access=records_edit_comment_access,
            records_edit_services_access=records_edit_services_access,
            records_consumables_edit_access=records_consumables_edit_access,
            record_edit_full_paid_client_came_access=record_edit_full_paid_client_came_access,
            record_edit_full_paid_client_confirm_access=record_edit_full_paid_client_confirm_access,
            custom_fields_client_values_read_access=custom_fields_client_values_read_access,
            custom_fields_client_values_edit_access=custom_fields_client_values_edit_access,
            custom_fields_record_values_read_access=custom_fields_record_values_read_access,
            custom_fields_record_values_edit_access=custom_fields_record_values_edit_access,
        )

        user_permissions_response_data_types_data_record_form.additional_properties = d
        return user_permissions_response_data_types_data_record_form

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
        "record_form_access",
        "record_form_client_access",
        "records_autocomplete_access",
        "create_records_access",
        "edit_records_access",
        "edit_records_attendance_access",
        "records_services_cost_access",
        "records_services_discount_access",
        "record_edit_full_paid_access",
        "delete_records_access",
        "delete_customer_came_records_access",
        "delete_paid_records_access",
        "records_goods_access",
        "records_goods_create_transaction_access",
        "records_goods_create_last_days_count",
        "records_goods_edit_transaction_access",
        "records_goods_edit_last_days_count",
        "records_goods_cost_access",
        "records_goods_discount_access",
        "records_finances_access",
        "records_finances_last_days_count",
        "records_finances_pay_from_deposits_access",
        "records_group_id_access",
        "records_group_id",
        "record_form_client_add_access",
        "records_autocomplete_phone_access",
        "assistants_management_access",
        "assistants_reward_share_edit_access",
        "records_edit_last_days_count",
        "records_edit_date_and_master_access",
        "records_edit_duration_access",
        "records_edit_comment_access",
        "records_edit_services_access",
        "records_consumables_edit_access",
        "record_edit_full_paid_client_came_access",
        "record_edit_full_paid_client_confirm_access",
        "custom_fields_client_values_read_access",
        "custom_fields_client_values_edit_access",
        "custom_fields_record_values_read_access",
        "custom_fields_record_values_edit_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataRecordForm._lazy_fields = {
    "record_form_access": ("record_form_access", None, False),
    "record_form_client_access": ("record_form_client_access", None, False),
    "records_autocomplete_access": ("records_autocomplete_access", None, False),
    "create_records_access": ("create_records_access", None, False),
    "edit_records_access": ("edit_records_access", None, False),
    "edit_records_attendance_access": ("edit_records_attendance_access", None, False),
    "records_services_cost_access": ("records_services_cost_access", None, False),
    "records_services_discount_access": ("records_services_discount_access", None, False),
    "record_edit_full_paid_access": ("record_edit_full_paid_access", None, False),
    "delete_records_access": ("delete_records_access", None, False),
    "delete_customer_came_records_access": ("delete_customer_came_records_access", None, False),
    "delete_paid_records_access": ("delete_paid_records_access", None, False),
    "records_goods_access": ("records_goods_access", None, False),
    "records_goods_create_transaction_access": ("records_goods_create_transaction_access", None, False),
    "records_goods_create_last_days_count": ("records_goods_create_last_days_count", None, False),
    "records_goods_edit_transaction_access": ("records_goods_edit_transaction_access", None, False),
    "records_goods_edit_last_days_count": ("records_goods_edit_last_days_count", None, False),
    "records_goods_cost_access": ("records_goods_cost_access", None, False),
    "records_goods_discount_access": ("records_goods_discount_access", None, False),
    "records_finances_access": ("records_finances_access", None, False),
    "records_finances_last_days_count": ("records_finances_last_days_count", None, False),
    "records_finances_pay_from_deposits_access": ("records_finances_pay_from_deposits_access", None, False),
    "records_group_id_access": ("records_group_id_access", None, False),
    "records_group_id": ("records_group_id", None, False),
    "record_form_client_add_access": ("record_form_client_add_access", None, False),
    "records_autocomplete_phone_access": ("records_autocomplete_phone_access", None, False),
    "assistants_management_access": ("assistants_management_access", None, False),
    "assistants_reward_share_edit_access": ("assistants_reward_share_edit_access", None, False),
    "records_edit_last_days_count": ("records_edit_last_days_count", None, False),
    "records_edit_date_and_master_access": ("records_edit_date_and_master_access", None, False),
    "records_edit_duration_access": ("records_edit_duration_access", None, False),
    "records_edit_comment_access": ("records_edit_comment_access", None, False),
    "records_edit_services_access": ("records_edit_services_access", None, False),
    "records_consumables_edit_access": ("records_consumables_edit_access", None, False),
    "record_edit_full_paid_client_came_access": ("record_edit_full_paid_client_came_access", None, False),
    "record_edit_full_paid_client_confirm_access": ("record_edit_full_paid_client_confirm_access", None, False),
    "custom_fields_client_values_read_access": ("custom_fields_client_values_read_access", None, False),
    "custom_fields_client_values_edit_access": ("custom_fields_client_values_edit_access", None, False),
    "custom_fields_record_values_read_access": ("custom_fields_record_values_read_access", None, False),
    "custom_fields_record_values_edit_access": ("custom_fields_record_values_edit_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataRecordForm, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.record_form_access = get("record_form_access", UNSET)
    model.record_form_client_access = get("record_form_client_access", UNSET)
    model.records_autocomplete_access = get("records_autocomplete_access", UNSET)
    model.create_records_access = get("create_records_access", UNSET)
    model.edit_records_access = get("edit_records_access", UNSET)
    model.edit_records_attendance_access = get("edit_records_attendance_access", UNSET)
    model.records_services_cost_access = get("records_services_cost_access", UNSET)
    model.records_services_discount_access = get("records_services_discount_access", UNSET)
    model.record_edit_full_paid_access = get("record_edit_full_paid_access", UNSET)
    model.delete_records_access = get("delete_records_access", UNSET)
    model.delete_customer_came_records_access = get("delete_customer_came_records_access", UNSET)
    model.delete_paid_records_access = get("delete_paid_records_access", UNSET)
    model.records_goods_access = get("records_goods_access", UNSET)
    model.records_goods_create_transaction_access = get("records_goods_create_transaction_access", UNSET)
    model.records_goods_create_last_days_count = get("records_goods_create_last_days_count", UNSET)
    model.records_goods_edit_transaction_access = get("records_goods_edit_transaction_access", UNSET)
    model.records_goods_edit_last_days_count = get("records_goods_edit_last_days_count", UNSET)
    model.records_goods_cost_access = get("records_goods_cost_access", UNSET)
    model.records_goods_discount_access = get("records_goods_discount_access", UNSET)
    model.records_finances_access = get("records_finances_access", UNSET)
    model.records_finances_last_days_count = get("records_finances_last_days_count", UNSET)
    model.records_finances_pay_from_deposits_access = get("records_finances_pay_from_deposits_access", UNSET)
    model.records_group_id_access = get("records_group_id_access", UNSET)
    model.records_group_id = get("records_group_id", UNSET)
    model.record_form_client_add_access = get("record_form_client_add_access", UNSET)
    model.records_autocomplete_phone_access = get("records_autocomplete_phone_access", UNSET)
    model.assistants_management_access = get("assistants_management_access", UNSET)
    model.assistants_reward_share_edit_access = get("assistants_reward_share_edit_access", UNSET)
    model.records_edit_last_days_count = get("records_edit_last_days_count", UNSET)
    model.records_edit_date_and_master_access = get("records_edit_date_and_master_access", UNSET)
    model.records_edit_duration_access = get("records_edit_duration_access", UNSET)
    model.records_edit_comment_access = get("records_edit_comment_access", UNSET)
    model.records_edit_services_access = get("records_edit_services_access", UNSET)
    model.records_consumables_edit_access = get("records_consumables_edit_access", UNSET)
    model.record_edit_full_paid_client_came_access = get("record_edit_full_paid_client_came_access", UNSET)
    model.record_edit_full_paid_client_confirm_access = get("record_edit_full_paid_client_confirm_access", UNSET)
    model.custom_fields_client_values_read_access = get("custom_fields_client_values_read_access", UNSET)
    model.custom_fields_client_values_edit_access = get("custom_fields_client_values_edit_access", UNSET)
    model.custom_fields_record_values_read_access = get("custom_fields_record_values_read_access", UNSET)
    model.custom_fields_record_values_edit_access = get("custom_fields_record_values_edit_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataRecordForm,
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
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataRecordForm | None = None
) -> UserPermissionsResponseDataTypesDataRecordForm:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataRecordForm._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataRecordForm
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
        layout = layout_of(UserPermissionsResponseDataTypesDataRecordForm, keys)
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataRecordForm)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataRecordForm
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataRecordForm._lazy_fill = (_fill_plain, _fill_converted, _build)
