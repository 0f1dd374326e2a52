from typing import Literal

LoyaltyProgramExpirationTimeoutUnit = Literal["day", "month", "week", "year"]

LOYALTY_PROGRAM_EXPIRATION_TIMEOUT_UNIT_VALUES: set[LoyaltyProgramExpirationTimeoutUnit] = {
    "day",
    "month",
    "week",
    "year",
}


def check_loyalty_program_expiration_timeout_unit(value: str) -> LoyaltyProgramExpirationTimeoutUnit:
    if value in LOYALTY_PROGRAM_EXPIRATION_TIMEOUT_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_EXPIRATION_TIMEOUT_UNIT_VALUES!r}")
