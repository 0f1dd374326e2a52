from typing import Literal

ListProductStorageAmountsIncludeItem = Literal["storage"]

LIST_PRODUCT_STORAGE_AMOUNTS_INCLUDE_ITEM_VALUES: set[ListProductStorageAmountsIncludeItem] = {
    "storage",
}


def check_list_product_storage_amounts_include_item(value: str) -> ListProductStorageAmountsIncludeItem:
    if value in LIST_PRODUCT_STORAGE_AMOUNTS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_STORAGE_AMOUNTS_INCLUDE_ITEM_VALUES!r}")
