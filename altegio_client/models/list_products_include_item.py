from typing import Literal

ListProductsIncludeItem = Literal["actual_cost", "loyalty_abonement_type", "loyalty_certificate_type", "mark_settings"]

LIST_PRODUCTS_INCLUDE_ITEM_VALUES: set[ListProductsIncludeItem] = {
    "actual_cost",
    "loyalty_abonement_type",
    "loyalty_certificate_type",
    "mark_settings",
}


def check_list_products_include_item(value: str) -> ListProductsIncludeItem:
    if value in LIST_PRODUCTS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRODUCTS_INCLUDE_ITEM_VALUES!r}")
