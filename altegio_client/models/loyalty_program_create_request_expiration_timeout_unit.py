from typing import Literal

LoyaltyProgramCreateRequestExpirationTimeoutUnit = Literal["day", "month", "week", "year"]

LOYALTY_PROGRAM_CREATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES: set[LoyaltyProgramCreateRequestExpirationTimeoutUnit] = {
    "day",
    "month",
    "week",
    "year",
}


def check_loyalty_program_create_request_expiration_timeout_unit(
    value: str,
) -> LoyaltyProgramCreateRequestExpirationTimeoutUnit:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_EXPIRATION_TIMEOUT_UNIT_VALUES!r}"
    )
