from typing import Literal

UpdateChainLoyaltyProgramInclude = Literal[
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
]

UPDATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES: set[UpdateChainLoyaltyProgramInclude] = {
    "applicable_items",
    "companies",
    "loyalty_card_types",
    "on_changed_notification_template",
    "on_expiration_notification_template",
    "rules",
}


def check_update_chain_loyalty_program_include(value: str) -> UpdateChainLoyaltyProgramInclude:
    if value in UPDATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CHAIN_LOYALTY_PROGRAM_INCLUDE_VALUES!r}")
