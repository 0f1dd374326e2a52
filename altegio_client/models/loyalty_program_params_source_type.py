from typing import Literal

LoyaltyProgramParamsSourceType = Literal["active_companies", "chain", "loyalty_card"]

LOYALTY_PROGRAM_PARAMS_SOURCE_TYPE_VALUES: set[LoyaltyProgramParamsSourceType] = {
    "active_companies",
    "chain",
    "loyalty_card",
}


def check_loyalty_program_params_source_type(value: str) -> LoyaltyProgramParamsSourceType:
    if value in LOYALTY_PROGRAM_PARAMS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_PARAMS_SOURCE_TYPE_VALUES!r}")
