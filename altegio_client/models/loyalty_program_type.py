from typing import Literal

LoyaltyProgramType = Literal[
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

LOYALTY_PROGRAM_TYPE_VALUES: set[LoyaltyProgramType] = {
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


def check_loyalty_program_type(value: str) -> LoyaltyProgramType:
    if value in LOYALTY_PROGRAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOYALTY_PROGRAM_TYPE_VALUES!r}")
