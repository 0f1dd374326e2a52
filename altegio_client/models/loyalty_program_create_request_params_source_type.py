from typing import Literal

LoyaltyProgramCreateRequestParamsSourceType = Literal["active_companies", "chain", "loyalty_card"]

LOYALTY_PROGRAM_CREATE_REQUEST_PARAMS_SOURCE_TYPE_VALUES: set[LoyaltyProgramCreateRequestParamsSourceType] = {
    "active_companies",
    "chain",
    "loyalty_card",
}


def check_loyalty_program_create_request_params_source_type(value: str) -> LoyaltyProgramCreateRequestParamsSourceType:
    if value in LOYALTY_PROGRAM_CREATE_REQUEST_PARAMS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_CREATE_REQUEST_PARAMS_SOURCE_TYPE_VALUES!r}"
    )
