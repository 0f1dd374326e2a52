from typing import Literal

GoodLoyaltyAllowEmptyCode = Literal[0, 1]

GOOD_LOYALTY_ALLOW_EMPTY_CODE_VALUES: set[GoodLoyaltyAllowEmptyCode] = {
    0,
    1,
}


def check_good_loyalty_allow_empty_code(value: int) -> GoodLoyaltyAllowEmptyCode:
    if value in GOOD_LOYALTY_ALLOW_EMPTY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOOD_LOYALTY_ALLOW_EMPTY_CODE_VALUES!r}")
