from typing import Literal

CompanyGetResponseDataTypesDataPaymentPolicyType = Literal["card_guarantee", "deposit", "none"]

COMPANY_GET_RESPONSE_DATA_TYPES_DATA_PAYMENT_POLICY_TYPE_VALUES: set[
    CompanyGetResponseDataTypesDataPaymentPolicyType
] = {
    "card_guarantee",
    "deposit",
    "none",
}


def check_company_get_response_data_types_data_payment_policy_type(
    value: str,
) -> CompanyGetResponseDataTypesDataPaymentPolicyType:
    if value in COMPANY_GET_RESPONSE_DATA_TYPES_DATA_PAYMENT_POLICY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPANY_GET_RESPONSE_DATA_TYPES_DATA_PAYMENT_POLICY_TYPE_VALUES!r}"
    )
