from typing import Literal

CompanyLoyaltyProgramsSearchDataTypesDataItemValueUnit = Literal["amount", "percent"]

COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_VALUE_UNIT_VALUES: set[
    CompanyLoyaltyProgramsSearchDataTypesDataItemValueUnit
] = {
    "amount",
    "percent",
}


def check_company_loyalty_programs_search_data_types_data_item_value_unit(
    value: str,
) -> CompanyLoyaltyProgramsSearchDataTypesDataItemValueUnit:
    if value in COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_VALUE_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_VALUE_UNIT_VALUES!r}"
    )
