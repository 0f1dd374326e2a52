from typing import Literal

LocationPaymentPolicyType = Literal["card_guarantee", "deposit", "none"]

LOCATION_PAYMENT_POLICY_TYPE_VALUES: set[LocationPaymentPolicyType] = {
    "card_guarantee",
    "deposit",
    "none",
}


def check_location_payment_policy_type(value: str) -> LocationPaymentPolicyType:
    if value in LOCATION_PAYMENT_POLICY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCATION_PAYMENT_POLICY_TYPE_VALUES!r}")
