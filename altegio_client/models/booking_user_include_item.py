from typing import Literal

BookingUserIncludeItem = Literal[
    "agreements",
    "custom_field_values",
    "first_successful_visit",
    "labels",
    "loyalty_abonements",
    "loyalty_cards",
    "loyalty_certificates",
]

BOOKING_USER_INCLUDE_ITEM_VALUES: set[BookingUserIncludeItem] = {
    "agreements",
    "custom_field_values",
    "first_successful_visit",
    "labels",
    "loyalty_abonements",
    "loyalty_cards",
    "loyalty_certificates",
}


def check_booking_user_include_item(value: str) -> BookingUserIncludeItem:
    if value in BOOKING_USER_INCLUDE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOOKING_USER_INCLUDE_ITEM_VALUES!r}")
