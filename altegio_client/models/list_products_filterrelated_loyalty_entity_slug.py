from typing import Literal

ListProductsFilterrelatedLoyaltyEntitySlug = Literal["common", "loyalty_abonement", "loyalty_certificate"]

LIST_PRODUCTS_FILTERRELATED_LOYALTY_ENTITY_SLUG_VALUES: set[ListProductsFilterrelatedLoyaltyEntitySlug] = {
    "common",
    "loyalty_abonement",
    "loyalty_certificate",
}


def check_list_products_filterrelated_loyalty_entity_slug(value: str) -> ListProductsFilterrelatedLoyaltyEntitySlug:
    if value in LIST_PRODUCTS_FILTERRELATED_LOYALTY_ENTITY_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCTS_FILTERRELATED_LOYALTY_ENTITY_SLUG_VALUES!r}"
    )
