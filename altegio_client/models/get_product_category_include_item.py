from typing import Literal

GetProductCategoryIncludeItem = Literal["child_categories", "goods"]

GET_PRODUCT_CATEGORY_INCLUDE_ITEM_VALUES: set[GetProductCategoryIncludeItem] = {
    "child_categories",
    "goods",
}


def check_get_product_category_include_item(value: str) -> GetProductCategoryIncludeItem:
    if value in GET_PRODUCT_CATEGORY_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_PRODUCT_CATEGORY_INCLUDE_ITEM_VALUES!r}")
