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


T = TypeVar("T", bound="UserPermissionsResponseDataTypesDataStorages")


@_attrs_define
class UserPermissionsResponseDataTypesDataStorages(LazyModel):
    """Section Inventory"""

    storages_access: bool | Unset = UNSET
    """ true - there is access to the inventory, false - no access """
    storages_ids: list[JsonObject] | Unset = UNSET
    """ true - there is access to the selected warehouses, false - no access """
    storages_transactions_access: bool | Unset = UNSET
    """ true - there is access to view product movements, false - no access """
    storages_last_days_count: float | Unset = UNSET
    """ -1 - access to view product movements for all time, >= 0 - access to view product movements for the
    specified number of days in the past """
    storages_move_goods_access: bool | Unset = UNSET
    """ true - there is access to moving products between warehouses, false - no access """
    storages_create_transactions_access: bool | Unset = UNSET
    """ true - there is access to create commodity transactions, false - no access """
    storages_create_last_days_count: float | Unset = UNSET
    """ -1 - there is access to the creation of commodity transactions for the entire time, >= 0 - access to the
    creation of commodity transactions for the specified number of days in the past """
    storages_create_transactions_buy_access: bool | Unset = UNSET
    """ true - there is access to registering the arrival of products, false - no access """
    storages_create_transactions_sale_access: bool | Unset = UNSET
    """ true - there is access to registration of sales of products, false - no access """
    storages_edit_transactions_access: bool | Unset = UNSET
    """ true - there is access to editing commodity transactions, false - no access """
    storages_edit_last_days_count: float | Unset = UNSET
    """ -1 - there is access to editing commodity transactions for the whole time, >= 0 - access to editing
    commodity transactions for the specified number of days in the past """
    storages_edit_transactions_buy_access: bool | Unset = UNSET
    """ true - there is access to registering the arrival of products, false - no access """
    storages_edit_transactions_sale_access: bool | Unset = UNSET
    """ true - there is access to registration of sales of products, false - no access """
    storages_delete_transactions_access: bool | Unset = UNSET
    """ true - there is access to deleting commodity transactions, false - no access """
    storages_transactions_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading product movements in Excel, false - no access """
    storages_transactions_types: list[JsonObject] | Unset = UNSET
    """ true - there is access to unloading product movements in Excel, false - no access """
    storages_inventory_access: bool | Unset = UNSET
    """ true - there is access to the inventory, false - no access """
    storages_inventory_create_edit_access: bool | Unset = UNSET
    """ true - there is access to create and edit inventory, false - no access """
    storages_inventory_delete_access: bool | Unset = UNSET
    """ true - there is access to deleting inventory, false - no access """
    storages_inventory_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading inventory in Excel, false - no access """
    storages_remnants_report_access: bool | Unset = UNSET
    """ true - there is access to the stock balance report, false - no access """
    storages_remnants_report_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading balances in Excel, false - no access """
    storages_sales_report_access: bool | Unset = UNSET
    """ true - there is access to the sales report, false - no access """
    storages_sales_report_excel_access: bool | Unset = UNSET
    """ true - there is access to download sales report in Excel, false - no access """
    storages_consumable_report_access: bool | Unset = UNSET
    """ true - there is access to the consumable write-off report, false - no access """
    storages_consumable_report_excel_access: bool | Unset = UNSET
    """ true - there is access to downloading a report on writing off consumables in Excel, false - no access """
    storages_write_off_report_access: bool | Unset = UNSET
    """ true - there is access to the write-off report, false - no access """
    storages_write_off_report_excel_access: bool | Unset = UNSET
    """ true - there is access to unloading a report on the write-off of products in Excel, false - no access """
    storages_turnover_report_access: bool | Unset = UNSET
    """ true - there is access to the turnover report, false - no access """
    storages_turnover_report_excel_access: bool | Unset = UNSET
    """ true - there is access to download the turnover report in Excel, false - no access """
    storages_goods_crud_access: bool | Unset = UNSET
    """ true - there is access to product management, false - no access """
    storages_goods_create_access: bool | Unset = UNSET
    """ true - there is access to create products, false - no access """
    storages_goods_update_access: bool | Unset = UNSET
    """ true - there is access to change products, false - no access """
    storages_goods_title_edit_access: bool | Unset = UNSET
    """ true - there is access to the name, Article, Barcode, false - no access """
    storages_goods_category_edit_access: bool | Unset = UNSET
    """ true - there is access to categories, false - no access """
    storages_goods_selling_price_edit_access: bool | Unset = UNSET
    """ true - there is access to sell prices, false - no access """
    storages_goods_cost_price_edit_access: bool | Unset = UNSET
    """ true - there is access to the cost, false - no access """
    storages_goods_units_edit_access: bool | Unset = UNSET
    """ true - there is access to units of measurement, false - no access """
    storages_goods_critical_balance_edit_access: bool | Unset = UNSET
    """ true - there is access to critical balances, Desired balance, false - no access """
    storages_goods_masses_edit_access: bool | Unset = UNSET
    """ true - there is access to the mass, false - no access """
    storages_goods_comment_edit_access: bool | Unset = UNSET
    """ true - there is access to comments, false - no access """
    storages_goods_archive_access: bool | Unset = UNSET
    """ true - there is access to archiving and restoring products, false - no access """
    storages_goods_delete_access: bool | Unset = UNSET
    """ true - there is access to delete products, false - no access """
    storages_limited_access: bool | Unset = UNSET
    """ true - there is limited access to inventory, false - no access """
    storages_goods_prime_cost_view_access: bool | Unset = UNSET
    """ true - there is access to view product prime cost, false - no access """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storages_access = self.storages_access

        storages_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storages_ids, Unset):
            storages_ids = []
            for storages_ids_item_data in self.storages_ids:
                storages_ids_item = storages_ids_item_data.to_dict()
                storages_ids.append(storages_ids_item)

        storages_transactions_access = self.storages_transactions_access

        storages_last_days_count = self.storages_last_days_count

        storages_move_goods_access = self.storages_move_goods_access

        storages_create_transactions_access = self.storages_create_transactions_access

        storages_create_last_days_count = self.storages_create_last_days_count

        storages_create_transactions_buy_access = self.storages_create_transactions_buy_access

        storages_create_transactions_sale_access = self.storages_create_transactions_sale_access

        storages_edit_transactions_access = self.storages_edit_transactions_access

        storages_edit_last_days_count = self.storages_edit_last_days_count

        storages_edit_transactions_buy_access = self.storages_edit_transactions_buy_access

        storages_edit_transactions_sale_access = self.storages_edit_transactions_sale_access

        storages_delete_transactions_access = self.storages_delete_transactions_access

        storages_transactions_excel_access = self.storages_transactions_excel_access

        storages_transactions_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storages_transactions_types, Unset):
            storages_transactions_types = []
            for storages_transactions_types_item_data in self.storages_transactions_types:
                storages_transactions_types_item = storages_transactions_types_item_data.to_dict()
                storages_transactions_types.append(storages_transactions_types_item)

        storages_inventory_access = self.storages_inventory_access

        storages_inventory_create_edit_access = self.storages_inventory_create_edit_access

        storages_inventory_delete_access = self.storages_inventory_delete_access

        storages_inventory_excel_access = self.storages_inventory_excel_access

        storages_remnants_report_access = self.storages_remnants_report_access

        storages_remnants_report_excel_access = self.storages_remnants_report_excel_access

        storages_sales_report_access = self.storages_sales_report_access

        storages_sales_report_excel_access = self.storages_sales_report_excel_access

        storages_consumable_report_access = self.storages_consumable_report_access

        storages_consumable_report_excel_access = self.storages_consumable_report_excel_access

        storages_write_off_report_access = self.storages_write_off_report_access

        storages_write_off_report_excel_access = self.storages_write_off_report_excel_access

        storages_turnover_report_access = self.storages_turnover_report_access

        storages_turnover_report_excel_access = self.storages_turnover_report_excel_access

        storages_goods_crud_access = self.storages_goods_crud_access

        storages_goods_create_access = self.storages_goods_create_access

        storages_goods_update_access = self.storages_goods_update_access

        storages_goods_title_edit_access = self.storages_goods_title_edit_access

        storages_goods_category_edit_access = self.storages_goods_category_edit_access

        storages_goods_selling_price_edit_access = self.storages_goods_selling_price_edit_access

        storages_goods_cost_price_edit_access = self.storages_goods_cost_price_edit_access

        storages_goods_units_edit_access = self.storages_goods_units_edit_access

        storages_goods_critical_balance_edit_access = self.storages_goods_critical_balance_edit_access

        storages_goods_masses_edit_access = self.storages_goods_masses_edit_access

        storages_goods_comment_edit_access = self.storages_goods_comment_edit_access

        storages_goods_archive_access = self.storages_goods_archive_access

        storages_goods_delete_access = self.storages_goods_delete_access

        storages_limited_access = self.storages_limited_access

        storages_goods_prime_cost_view_access = self.storages_goods_prime_cost_view_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storages_access is not UNSET:
            field_dict["storages_access"] = storages_access
        if storages_ids is not UNSET:
            field_dict["storages_ids"] = storages_ids
        if storages_transactions_access is not UNSET:
            field_dict["storages_transactions_access"] = storages_transactions_access
        if storages_last_days_count is not UNSET:
            field_dict["storages_last_days_count"] = storages_last_days_count
        if storages_move_goods_access is not UNSET:
            field_dict["storages_move_goods_access"] = storages_move_goods_access
        if storages_create_transactions_access is not UNSET:
            field_dict["storages_create_transactions_access"] = storages_create_transactions_access
        if storages_create_last_days_count is not UNSET:
            field_dict["storages_create_last_days_count"] = storages_create_last_days_count
        if storages_create_transactions_buy_access is not UNSET:
            field_dict["storages_create_transactions_buy_access"] = storages_create_transactions_buy_access
        if storages_create_transactions_sale_access is not UNSET:
            field_dict["storages_create_transactions_sale_access"] = storages_create_transactions_sale_access
        if storages_edit_transactions_access is not UNSET:
            field_dict["storages_edit_transactions_access"] = storages_edit_transactions_access
        if storages_edit_last_days_count is not UNSET:
            field_dict["storages_edit_last_days_count"] = storages_edit_last_days_count
        if storages_edit_transactions_buy_access is not UNSET:
            field_dict["storages_edit_transactions_buy_access"] = storages_edit_transactions_buy_access
        if storages_edit_transactions_sale_access is not UNSET:
            field_dict["storages_edit_transactions_sale_access"] = storages_edit_transactions_sale_access
        if storages_delete_transactions_access is not UNSET:
            field_dict["storages_delete_transactions_access"] = storages_delete_transactions_access
        if storages_transactions_excel_access is not UNSET:
            field_dict["storages_transactions_excel_access"] = storages_transactions_excel_access
        if storages_transactions_types is not UNSET:
            field_dict["storages_transactions_types"] = storages_transactions_types
        if storages_inventory_access is not UNSET:
            field_dict["storages_inventory_access"] = storages_inventory_access
        if storages_inventory_create_edit_access is not UNSET:
            field_dict["storages_inventory_create_edit_access"] = storages_inventory_create_edit_access
        if storages_inventory_delete_access is not UNSET:
            field_dict["storages_inventory_delete_access"] = storages_inventory_delete_access
        if storages_inventory_excel_access is not UNSET:
            field_dict["storages_inventory_excel_access"] = storages_inventory_excel_access
        if storages_remnants_report_access is not UNSET:
            field_dict["storages_remnants_report_access"] = storages_remnants_report_access
        if storages_remnants_report_excel_access is not UNSET:
            field_dict["storages_remnants_report_excel_access"] = storages_remnants_report_excel_access
        if storages_sales_report_access is not UNSET:
            field_dict["storages_sales_report_access"] = storages_sales_report_access
        if storages_sales_report_excel_access is not UNSET:
            field_dict["storages_sales_report_excel_access"] = storages_sales_report_excel_access
        if storages_consumable_report_access is not UNSET:
            field_dict["storages_consumable_report_access"] = storages_consumable_report_access
        if storages_consumable_report_excel_access is not UNSET:
            field_dict["storages_consumable_report_excel_access"] = storages_consumable_report_excel_access
        if storages_write_off_report_access is not UNSET:
            field_dict["storages_write_off_report_access"] = storages_write_off_report_access
        if storages_write_off_report_excel_access is not UNSET:
            field_dict["storages_write_off_report_excel_access"] = storages_write_off_report_excel_access
        if storages_turnover_report_access is not UNSET:
            field_dict["storages_turnover_report_access"] = storages_turnover_report_access
        if storages_turnover_report_excel_access is not UNSET:
            field_dict["storages_turnover_report_excel_access"] = storages_turnover_report_excel_access
        if storages_goods_crud_access is not UNSET:
            field_dict["storages_goods_crud_access"] = storages_goods_crud_access
        if storages_goods_create_access is not UNSET:
            field_dict["storages_goods_create_access"] = storages_goods_create_access
        if storages_goods_update_access is not UNSET:
            field_dict["storages_goods_update_access"] = storages_goods_update_access
        if storages_goods_title_edit_access is not UNSET:
            field_dict["storages_goods_title_edit_access"] = storages_goods_title_edit_access
        if storages_goods_category_edit_access is not UNSET:
            field_dict["storages_goods_category_edit_access"] = storages_goods_category_edit_access
        if storages_goods_selling_price_edit_access is not UNSET:
            field_dict["storages_goods_selling_price_edit_access"] = storages_goods_selling_price_edit_access
        if storages_goods_cost_price_edit_access is not UNSET:
            field_dict["storages_goods_cost_price_edit_access"] = storages_goods_cost_price_edit_access
        if storages_goods_units_edit_access is not UNSET:
            field_dict["storages_goods_units_edit_access"] = storages_goods_units_edit_access
        if storages_goods_critical_balance_edit_access is not UNSET:
            field_dict["storages_goods_critical_balance_edit_access"] = storages_goods_critical_balance_edit_access
        if storages_goods_masses_edit_access is not UNSET:
            field_dict["storages_goods_masses_edit_access"] = storages_goods_masses_edit_access
        if storages_goods_comment_edit_access is not UNSET:
            field_dict["storages_goods_comment_edit_access"] = storages_goods_comment_edit_access
        if storages_goods_archive_access is not UNSET:
            field_dict["storages_goods_archive_access"] = storages_goods_archive_access
        if storages_goods_delete_access is not UNSET:
            field_dict["storages_goods_delete_access"] = storages_goods_delete_access
        if storages_limited_access is not UNSET:
            field_dict["storages_limited_access"] = storages_limited_access
        if storages_goods_prime_cost_view_access is not UNSET:
            field_dict["storages_goods_prime_cost_view_access"] = storages_goods_prime_cost_view_access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        storages_access = d.pop("storages_access", UNSET)

        _storages_ids = d.pop("storages_ids", UNSET)
        storages_ids: list[JsonObject] | Unset = UNSET
        if _storages_ids is not UNSET:
            storages_ids = []
            for storages_ids_item_data in _storages_ids:
                storages_ids_item = JsonObject.from_dict(storages_ids_item_data)

                storages_ids.append(storages_ids_item)

        storages_transactions_access = d.pop("storages_transactions_access", UNSET)

        storages_last_days_count = d.pop("storages_last_days_count", UNSET)

        storages_move_goods_access = d.pop("storages_move_goods_access", UNSET)

        storages_create_transactions_access = d.pop("storages_create_transactions_access", UNSET)

        storages_create_last_days_count = d.pop("storages_create_last_days_count", UNSET)

        storages_create_transactions_buy_access = d.pop("storages_create_transactions_buy_access", UNSET)

        storages_create_transactions_sale_access = d.pop("storages_create_transactions_sale_access", UNSET)

        storages_edit_transactions_access = d.pop("storages_edit_transactions_access", UNSET)

        storages_edit_last_days_count = d.pop("storages_edit_last_days_count", UNSET)

        storages_edit_transactions_buy_access = d.pop("storages_edit_transactions_buy_access", UNSET)

        storages_edit_transactions_sale_access = d.pop("storages_edit_transactions_sale_access", UNSET)

        storages_delete_transactions_access = d.pop("storages_delete_transactions_access", UNSET)

        storages_transactions_excel_access = d.pop("storages_transactions_excel_access", UNSET)

        _storages_transactions_types = d.pop("storages_transactions_types", UNSET)
        storages_transactions_types: list[JsonObject] | Unset = UNSET
        if _storages_transactions_types is not UNSET:
            storages_transactions_types = []
            for storages_transactions_types_item_data in _storages_transactions_types:
                storages_transactions_types_item = JsonObject.from_dict(storages_transactions_types_item_data)

                storages_transactions_types.append(storages_transactions_types_item)

        storages_inventory_access = d.pop("storages_inventory_access", UNSET)

        storages_inventory_create_edit_access = d.pop("storages_inventory_create_edit_access", UNSET)

        storages_inventory_delete_access = d.pop("storages_inventory_delete_access", UNSET)

        storages_inventory_excel_access = d.pop("storages_inventory_excel_access", UNSET)

        storages_remnants_report_access = d.pop("storages_remnants_report_access", UNSET)

        storages_remnants_report_excel_access = d.pop("storages_remnants_report_excel_access", UNSET)

        storages_sales_report_access = d.pop("storages_sales_report_access", UNSET)

        storages_sales_report_excel_access = d.pop("storages_sales_report_excel_access", UNSET)

        storages_consumable_report_access = d.pop("storages_consumable_report_access", UNSET)

        storages_consumable_report_excel_access = d.pop("storages_consumable_report_excel_access", UNSET)

        storages_write_off_report_access = d.pop("storages_write_off_report_access", UNSET)

        storages_write_off_report_excel_access = d.pop("storages_write_off_report_excel_access", UNSET)

        storages_turnover_report_access = d.pop("storages_turnover_report_access", UNSET)

        storages_turnover_report_excel_access = d.pop("storages_turnover_report_excel_access", UNSET)

        storages_goods_crud_access = d.pop("storages_goods_crud_access", UNSET)

        storages_goods_create_access = d.pop("storages_goods_create_access", UNSET)

        storages_goods_update_access = d.pop("storages_goods_update_access", UNSET)

        storages_goods_title_edit_access = d.pop("storages_goods_title_edit_access", UNSET)

        storages_goods_category_edit_access = d.pop("storages_goods_category_edit_access", UNSET)

        storages_goods_selling_price_edit_access = d.pop("storages_goods_selling_price_edit_access", UNSET)

        storages_goods_cost_price_edit_access = d.pop("storages_goods_cost_price_edit_access", UNSET)

        storages_goods_units_edit_access = d.pop("storages_goods_units_edit_access", UNSET)

        storages_goods_critical_balance_edit_access = d.pop("storages_goods_critical_balance_edit_access", UNSET)

        storages_goods_masses_edit_access = d.pop("storages_goods_masses_edit_access", UNSET)

        storages_goods_comment_edit_access = d.pop("storages_goods_comment_edit_access", UNSET)

        storages_goods_archive_access = d.pop("storages_goods_archive_access", UNSET)

        storages_goods_delete_access = d.pop("storages_goods_delete_access", UNSET)

        storages_limited_access = d.pop("storages_limited_access", UNSET)

        storages_goods_prime_cost_view_access = d.pop("storages_goods_prime_cost_view_access", UNSET)

        user_permissions_response_data_types_data_storages = cls(
            storages_access=storages_access,
            storages_ids=storages_ids,
            storages_transactions_access=storages_transactions_access,
            storages_last_days_count=storages_last_days_count,
            storages_move_goods_access=storages_move_goods_access,
            storages_create_transactions_access=storages_create_transactions_access,
            storages_create_last_days_count=storages_create_last_days_count,
            storages_create_transactions_buy_access=storages_create_transactions_buy_access,
            storages_create_transactions_sale_access=storages_create_transactions_sale_access,
            storages_edit_transactions_access=storages_edit_transactions_access,
            storages_edit_last_days_count=storages_edit_last_days_count,
            storages_edit_transactions_buy_access=storages_edit_transactions_buy_access,
            storages_edit_transactions_sale_access=storages_edit_transactions_sale_access,
            storages_delete_transactions_access=storages_delete_transactions_access,
            storages_transactions_excel_access=storages_transactions_excel_access,
            storages_transactions_types=storages_transactions_types,
            storages_inventory_access=storages_inventory_access,
            storages_inventory_create_edit_access=storages_inventory_create_edit_access,
            storages_inventory_delete_access=storages_inventory_delete_access,
            storages_inventory_excel_access=storages_inventory_excel_access,
            storages_remnants_report_access=storages_remnants_report_access,
            storages_remnants_report_excel_access=storages_remnants_report_excel_access,
            storages_sales_report_access=storages_sales_report_access,
            storages_sales_report_excel_access=storages_sales_report_excel_access,
            storages_consumable_report_access=storages_consumable_report_access,
            storages_consumable_report_excel_access=storages_consumable_report_excel_access,
            storages_write_off_report_access=storages_write_off_report_access,
            storages_write_off_report_excel_access=storages_write_off_report_excel_access,
            storages_turnover_report_access=storages_turnover_report_access,
            storages_turnover_report_excel_access=storages_turnover_report_excel_access,
            storages_goods_crud_access=storages_goods_crud_access,
            storages_goods_create_access=storages_goods_create_access,
            storages_goods_update_access=storages_goods_update_access,
            storages_goods_title_edit_access=storages_goods_title_edit_access,
            storages_goods_category_edit_access=storages_goods_category_edit_access,
            storages_goods_selling_price_edit_access=storages_goods_selling_price_edit_access,
            storages_goods_cost_price_edit_access=storages_goods_cost_price_edit_access,
            storages_goods_units_edit_access=storages_goods_units_edit_access,
            storages_goods_critical_balance_edit_access=storages_goods_critical_balance_edit_access,
            storages_goods_masses_edit_access=storages_goods_masses_edit_access,
            storages_goods_comment_edit_access=storages_goods_comment_edit_access,
            storages_goods_archive_access=storages_goods_archive_access,
            storages_goods_delete_access=storages_goods_delete_access,
            storages_limited_access=storages_limited_access,
            storages_goods_prime_cost_view_access=storages_goods_prime_cost_view_access,
        )

        user_permissions_response_data_types_data_storages.additional_properties = d
        return user_permissions_response_data_types_data_storages

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


def _read_storages_ids(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _storages_ids = json_value
    storages_ids: list[JsonObject] | Unset = UNSET
    if _storages_ids is not UNSET:
        storages_ids = JsonObject._lazy_list(_storages_ids, parse_ctx)

    return storages_ids


def _read_storages_transactions_types(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _storages_transactions_types = json_value
    storages_transactions_types: list[JsonObject] | Unset = UNSET
    if _storages_transactions_types is not UNSET:
        storages_transactions_types = JsonObject._lazy_list(_storages_transactions_types, parse_ctx)

    return storages_transactions_types


_DECLARED_KEYS = frozenset(
    {
        "storages_access",
        "storages_ids",
        "storages_transactions_access",
        "storages_last_days_count",
        "storages_move_goods_access",
        "storages_create_transactions_access",
        "storages_create_last_days_count",
        "storages_create_transactions_buy_access",
        "storages_create_transactions_sale_access",
        "storages_edit_transactions_access",
        "storages_edit_last_days_count",
        "storages_edit_transactions_buy_access",
        "storages_edit_transactions_sale_access",
        "storages_delete_transactions_access",
        "storages_transactions_excel_access",
        "storages_transactions_types",
        "storages_inventory_access",
        "storages_inventory_create_edit_access",
        "storages_inventory_delete_access",
        "storages_inventory_excel_access",
        "storages_remnants_report_access",
        "storages_remnants_report_excel_access",
        "storages_sales_report_access",
        "storages_sales_report_excel_access",
        "storages_consumable_report_access",
        "storages_consumable_report_excel_access",
        "storages_write_off_report_access",
        "storages_write_off_report_excel_access",
        "storages_turnover_report_access",
        "storages_turnover_report_excel_access",
        "storages_goods_crud_access",
        "storages_goods_create_access",
        "storages_goods_update_access",
        "storages_goods_title_edit_access",
        "storages_goods_category_edit_access",
        "storages_goods_selling_price_edit_access",
        "storages_goods_cost_price_edit_access",
        "storages_goods_units_edit_access",
        "storages_goods_critical_balance_edit_access",
        "storages_goods_masses_edit_access",
        "storages_goods_comment_edit_access",
        "storages_goods_archive_access",
        "storages_goods_delete_access",
        "storages_limited_access",
        "storages_goods_prime_cost_view_access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UserPermissionsResponseDataTypesDataStorages._lazy_fields = {
    "storages_access": ("storages_access", None, False),
    "storages_ids": ("storages_ids", _read_storages_ids, False),
    "storages_transactions_access": ("storages_transactions_access", None, False),
    "storages_last_days_count": ("storages_last_days_count", None, False),
    "storages_move_goods_access": ("storages_move_goods_access", None, False),
    "storages_create_transactions_access": ("storages_create_transactions_access", None, False),
    "storages_create_last_days_count": ("storages_create_last_days_count", None, False),
    "storages_create_transactions_buy_access": ("storages_create_transactions_buy_access", None, False),
    "storages_create_transactions_sale_access": ("storages_create_transactions_sale_access", None, False),
    "storages_edit_transactions_access": ("storages_edit_transactions_access", None, False),
    "storages_edit_last_days_count": ("storages_edit_last_days_count", None, False),
    "storages_edit_transactions_buy_access": ("storages_edit_transactions_buy_access", None, False),
    "storages_edit_transactions_sale_access": ("storages_edit_transactions_sale_access", None, False),
    "storages_delete_transactions_access": ("storages_delete_transactions_access", None, False),
    "storages_transactions_excel_access": ("storages_transactions_excel_access", None, False),
    "storages_transactions_types": ("storages_transactions_types", _read_storages_transactions_types, False),
    "storages_inventory_access": ("storages_inventory_access", None, False),
    "storages_inventory_create_edit_access": ("storages_inventory_create_edit_access", None, False),
    "storages_inventory_delete_access": ("storages_inventory_delete_access", None, False),
    "storages_inventory_excel_access": ("storages_inventory_excel_access", None, False),
    "storages_remnants_report_access": ("storages_remnants_report_access", None, False),
    "storages_remnants_report_excel_access": ("storages_remnants_report_excel_access", None, False),
    "storages_sales_report_access": ("storages_sales_report_access", None, False),
    "storages_sales_report_excel_access": ("storages_sales_report_excel_access", None, False),
    "storages_consumable_report_access": ("storages_consumable_report_access", None, False),
    "storages_consumable_report_excel_access": ("storages_consumable_report_excel_access", None, False),
    "storages_write_off_report_access": ("storages_write_off_report_access", None, False),
    "storages_write_off_report_excel_access": ("storages_write_off_report_excel_access", None, False),
    "storages_turnover_report_access": ("storages_turnover_report_access", None, False),
    "storages_turnover_report_excel_access": ("storages_turnover_report_excel_access", None, False),
    "storages_goods_crud_access": ("storages_goods_crud_access", None, False),
    "storages_goods_create_access": ("storages_goods_create_access", None, False),
    "storages_goods_update_access": ("storages_goods_update_access", None, False),
    "storages_goods_title_edit_access": ("storages_goods_title_edit_access", None, False),
    "storages_goods_category_edit_access": ("storages_goods_category_edit_access", None, False),
    "storages_goods_selling_price_edit_access": ("storages_goods_selling_price_edit_access", None, False),
    "storages_goods_cost_price_edit_access": ("storages_goods_cost_price_edit_access", None, False),
    "storages_goods_units_edit_access": ("storages_goods_units_edit_access", None, False),
    "storages_goods_critical_balance_edit_access": ("storages_goods_critical_balance_edit_access", None, False),
    "storages_goods_masses_edit_access": ("storages_goods_masses_edit_access", None, False),
    "storages_goods_comment_edit_access": ("storages_goods_comment_edit_access", None, False),
    "storages_goods_archive_access": ("storages_goods_archive_access", None, False),
    "storages_goods_delete_access": ("storages_goods_delete_access", None, False),
    "storages_limited_access": ("storages_limited_access", None, False),
    "storages_goods_prime_cost_view_access": ("storages_goods_prime_cost_view_access", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UserPermissionsResponseDataTypesDataStorages, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.storages_access = get("storages_access", UNSET)
    model.storages_transactions_access = get("storages_transactions_access", UNSET)
    model.storages_last_days_count = get("storages_last_days_count", UNSET)
    model.storages_move_goods_access = get("storages_move_goods_access", UNSET)
    model.storages_create_transactions_access = get("storages_create_transactions_access", UNSET)
    model.storages_create_last_days_count = get("storages_create_last_days_count", UNSET)
    model.storages_create_transactions_buy_access = get("storages_create_transactions_buy_access", UNSET)
    model.storages_create_transactions_sale_access = get("storages_create_transactions_sale_access", UNSET)
    model.storages_edit_transactions_access = get("storages_edit_transactions_access", UNSET)
    model.storages_edit_last_days_count = get("storages_edit_last_days_count", UNSET)
    model.storages_edit_transactions_buy_access = get("storages_edit_transactions_buy_access", UNSET)
    model.storages_edit_transactions_sale_access = get("storages_edit_transactions_sale_access", UNSET)
    model.storages_delete_transactions_access = get("storages_delete_transactions_access", UNSET)
    model.storages_transactions_excel_access = get("storages_transactions_excel_access", UNSET)
    model.storages_inventory_access = get("storages_inventory_access", UNSET)
    model.storages_inventory_create_edit_access = get("storages_inventory_create_edit_access", UNSET)
    model.storages_inventory_delete_access = get("storages_inventory_delete_access", UNSET)
    model.storages_inventory_excel_access = get("storages_inventory_excel_access", UNSET)
    model.storages_remnants_report_access = get("storages_remnants_report_access", UNSET)
    model.storages_remnants_report_excel_access = get("storages_remnants_report_excel_access", UNSET)
    model.storages_sales_report_access = get("storages_sales_report_access", UNSET)
    model.storages_sales_report_excel_access = get("storages_sales_report_excel_access", UNSET)
    model.storages_consumable_report_access = get("storages_consumable_report_access", UNSET)
    model.storages_consumable_report_excel_access = get("storages_consumable_report_excel_access", UNSET)
    model.storages_write_off_report_access = get("storages_write_off_report_access", UNSET)
    model.storages_write_off_report_excel_access = get("storages_write_off_report_excel_access", UNSET)
    model.storages_turnover_report_access = get("storages_turnover_report_access", UNSET)
    model.storages_turnover_report_excel_access = get("storages_turnover_report_excel_access", UNSET)
    model.storages_goods_crud_access = get("storages_goods_crud_access", UNSET)
    model.storages_goods_create_access = get("storages_goods_create_access", UNSET)
    model.storages_goods_update_access = get("storages_goods_update_access", UNSET)
    model.storages_goods_title_edit_access = get("storages_goods_title_edit_access", UNSET)
    model.storages_goods_category_edit_access = get("storages_goods_category_edit_access", UNSET)
    model.storages_goods_selling_price_edit_access = get("storages_goods_selling_price_edit_access", UNSET)
    model.storages_goods_cost_price_edit_access = get("storages_goods_cost_price_edit_access", UNSET)
    model.storages_goods_units_edit_access = get("storages_goods_units_edit_access", UNSET)
    model.storages_goods_critical_balance_edit_access = get("storages_goods_critical_balance_edit_access", UNSET)
    model.storages_goods_masses_edit_access = get("storages_goods_masses_edit_access", UNSET)
    model.storages_goods_comment_edit_access = get("storages_goods_comment_edit_access", UNSET)
    model.storages_goods_archive_access = get("storages_goods_archive_access", UNSET)
    model.storages_goods_delete_access = get("storages_goods_delete_access", UNSET)
    model.storages_limited_access = get("storages_limited_access", UNSET)
    model.storages_goods_prime_cost_view_access = get("storages_goods_prime_cost_view_access", UNSET)


def _fill_converted(
    model: UserPermissionsResponseDataTypesDataStorages,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "storages_ids" not in done:
        value = get("storages_ids", UNSET)
        if value is UNSET:
            model.storages_ids = UNSET
        elif value == []:
            model.storages_ids = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.storages_ids = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storages_transactions_types" not in done:
        value = get("storages_transactions_types", UNSET)
        if value is UNSET:
            model.storages_transactions_types = UNSET
        elif value == []:
            model.storages_transactions_types = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.storages_transactions_types = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UserPermissionsResponseDataTypesDataStorages | None = None
) -> UserPermissionsResponseDataTypesDataStorages:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UserPermissionsResponseDataTypesDataStorages._lazy(json_value, parse_ctx)
        model = new_model(
            UserPermissionsResponseDataTypesDataStorages
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
        layout = layout_of(UserPermissionsResponseDataTypesDataStorages, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_storages_ids, value_storages_transactions_types = fill(json_value, model)
    if value_storages_ids is UNSET:
        model.storages_ids = UNSET
    elif value_storages_ids == []:
        model.storages_ids = value_storages_ids  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_storages_ids) is not list:
                raise TypeError
            model.storages_ids = [build(item, parse_ctx) for item in value_storages_ids]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storages_transactions_types is UNSET:
        model.storages_transactions_types = UNSET
    elif value_storages_transactions_types == []:
        model.storages_transactions_types = (
            value_storages_transactions_types  # the JSON's own empty list: one allocation fewer
        )
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_storages_transactions_types) is not list:
                raise TypeError
            model.storages_transactions_types = [build(item, parse_ctx) for item in value_storages_transactions_types]
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
        model.__class__ = lazily_read_class(UserPermissionsResponseDataTypesDataStorages)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UserPermissionsResponseDataTypesDataStorages
        del model._raw, model._context
    return model


UserPermissionsResponseDataTypesDataStorages._lazy_fill = (_fill_plain, _fill_converted, _build)
