from typing import Literal

CreateChainLoyaltyProgramInclude = Literal[
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
]

CREATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES: set[CreateChainLoyaltyProgramInclude] = {
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
}


def check_create_chain_loyalty_program_include(value: str) -> CreateChainLoyaltyProgramInclude:
    if value in CREATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES!r}")
