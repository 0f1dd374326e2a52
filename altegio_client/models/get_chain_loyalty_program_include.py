from typing import Literal

GetChainLoyaltyProgramInclude = Literal[
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
]

GET_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES: set[GetChainLoyaltyProgramInclude] = {
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
}


def check_get_chain_loyalty_program_include(value: str) -> GetChainLoyaltyProgramInclude:
    if value in GET_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES!r}")
