from typing import Literal

CompanyLoyaltyProgramsSearchDataTypesDataItemType = Literal[
    "cashback_accumulative_paid",
    "cashback_accumulative_paid_visits",
    "cashback_accumulative_sold",
    "cashback_accumulative_sold_visits",
    "cashback_paid_visits",
    "cashback_sold_visits",
    "cashback_static_paid",
    "cashback_static_sold",
    "discount_accumulative_paid",
    "discount_accumulative_sold",
    "discount_accumulative_visits",
    "discount_static",
    "package_discount",
]

COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_TYPE_VALUES: set[
    CompanyLoyaltyProgramsSearchDataTypesDataItemType
] = {
    "cashback_accumulative_paid",
    "cashback_accumulative_paid_visits",
    "cashback_accumulative_sold",
    "cashback_accumulative_sold_visits",
    "cashback_paid_visits",
    "cashback_sold_visits",
    "cashback_static_paid",
    "cashback_static_sold",
    "discount_accumulative_paid",
    "discount_accumulative_sold",
    "discount_accumulative_visits",
    "discount_static",
    "package_discount",
}


def check_company_loyalty_programs_search_data_types_data_item_type(
    value: str,
) -> CompanyLoyaltyProgramsSearchDataTypesDataItemType:
    if value in COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_LOYALTY_PROGRAMS_SEARCH_DATA_TYPES_DATA_ITEM_TYPE_VALUES!r}"
    )
