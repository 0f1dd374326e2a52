from typing import Literal

CompanyLoyaltyProgramsSearchDataTypesDataItemServiceItemType = Literal["any_allowed", "custom_allowed", "not_allowed"]

COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES: set[
    CompanyLoyaltyProgramsSearchDataTypesDataItemServiceItemType
] = {
    "any_allowed",
    "custom_allowed",
    "not_allowed",
}


def check_company_loyalty_programs_search_data_types_data_item_service_item_type(
    value: str,
) -> CompanyLoyaltyProgramsSearchDataTypesDataItemServiceItemType:
    if value in COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_SERVICE_ITEM_TYPE_VALUES!r}"
    )
