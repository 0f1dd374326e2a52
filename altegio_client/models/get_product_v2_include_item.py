from typing import Literal

GetProductV2IncludeItem = Literal[
    "actual_cost", "loyalty_abonement_type", "loyalty_certificate_type", "mark_settings", "storage_amounts"
]

GET_PRODUCT_V2_INCLUDE_ITEM_VALUES: set[GetProductV2IncludeItem] = {
    "actual_cost",
    "loyalty_abonement_type",
    "loyalty_certificate_type",
    "mark_settings",
    "storage_amounts",
}


def check_get_product_v2_include_item(value: str) -> GetProductV2IncludeItem:
    if value in GET_PRODUCT_V2_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PRODUCT_V2_INCLUDE_ITEM_VALUES!r}")
