from typing import Literal

LoyaltyProgramServiceItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

LOYALTY_PROGRAM_SERVICE_ITEM_TYPE_VALUES: set[LoyaltyProgramServiceItemType] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_loyalty_program_service_item_type(value: str) -> LoyaltyProgramServiceItemType:
    if value in LOYALTY_PROGRAM_SERVICE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_SERVICE_ITEM_TYPE_VALUES!r}")
