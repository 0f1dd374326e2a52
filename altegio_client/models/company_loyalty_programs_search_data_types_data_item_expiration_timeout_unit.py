from typing import Literal

CompanyLoyaltyProgramsSearchDataTypesDataItemExpirationTimeoutUnit = Literal["day", "month", "week", "year"]

COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES: set[
    CompanyLoyaltyProgramsSearchDataTypesDataItemExpirationTimeoutUnit
] = {
    "day",
    "month",
    "week",
    "year",
}


def check_company_loyalty_programs_search_data_types_data_item_expiration_timeout_unit(
    value: str,
) -> CompanyLoyaltyProgramsSearchDataTypesDataItemExpirationTimeoutUnit:
    if value in COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_EXPIRATION_TIMEOUT_UNIT_VALUES!r}"
    )
