from typing import Literal

GoodLoyaltySerialNumberLimited = Literal[0, 1]

GOOD_LOYALTY_SERIAL_NUMBER_LIMITED_VALUES: set[GoodLoyaltySerialNumberLimited] = {
    0,
    1,
}


def check_good_loyalty_serial_number_limited(value: int) -> GoodLoyaltySerialNumberLimited:
    if value in GOOD_LOYALTY_SERIAL_NUMBER_LIMITED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GOOD_LOYALTY_SERIAL_NUMBER_LIMITED_VALUES!r}")
