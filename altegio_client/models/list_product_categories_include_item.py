from typing import Literal

ListProductCategoriesIncludeItem = Literal["child_categories", "goods"]

LIST_PRODUCT_CATEGORIES_INCLUDE_ITEM_VALUES: set[ListProductCategoriesIncludeItem] = {
    "child_categories",
    "goods",
}


def check_list_product_categories_include_item(value: str) -> ListProductCategoriesIncludeItem:
    if value in LIST_PRODUCT_CATEGORIES_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_CATEGORIES_INCLUDE_ITEM_VALUES!r}")
