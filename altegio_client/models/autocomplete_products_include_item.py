from typing import Literal

AutocompleteProductsIncludeItem = Literal["loyalty_abonement_type", "loyalty_certificate_type", "mark_settings"]

AUTOCOMPLETE_PRODUCTS_INCLUDE_ITEM_VALUES: set[AutocompleteProductsIncludeItem] = {
    "loyalty_abonement_type",
    "loyalty_certificate_type",
    "mark_settings",
}


def check_autocomplete_products_include_item(value: str) -> AutocompleteProductsIncludeItem:
    if value in AUTOCOMPLETE_PRODUCTS_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTOCOMPLETE_PRODUCTS_INCLUDE_ITEM_VALUES!r}")
