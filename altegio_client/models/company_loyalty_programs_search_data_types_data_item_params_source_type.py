from typing import Literal

CompanyLoyaltyProgramsSearchDataTypesDataItemParamsSourceType = Literal["active_companies", "chain", "loyalty_card"]

COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES: set[
    CompanyLoyaltyProgramsSearchDataTypesDataItemParamsSourceType
] = {
    "active_companies",
    "chain",
    "loyalty_card",
}


def check_company_loyalty_programs_search_data_types_data_item_params_source_type(
    value: str,
) -> CompanyLoyaltyProgramsSearchDataTypesDataItemParamsSourceType:
    if value in COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_PARAMS_SOURCE_TYPE_VALUES!r}"
    )
