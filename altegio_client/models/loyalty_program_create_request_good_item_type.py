from typing import Literal

LoyaltyProgramCreateRequestGoodItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

LOYALTY_PROGRAM_CREATE_REQUEST_GOOD_ITEM_TYPE_VALUES: set[LoyaltyProgramCreateRequestGoodItemType] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_loyalty_program_create_request_good_item_type(value: str) -> LoyaltyProgramCreateRequestGoodItemType:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_GOOD_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_GOOD_ITEM_TYPE_VALUES!r}"
    )
