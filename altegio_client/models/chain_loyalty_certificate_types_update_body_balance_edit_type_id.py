from typing import Literal

ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId = Literal[1, 2]

CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES: set[
    ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId
] = {
    1,
    2,
}


def check_chain_loyalty_certificate_types_update_body_balance_edit_type_id(
    value: int,
) -> ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId:
    if value in CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_BALANCE_EDIT_TYPE_ID_VALUES!r}"
    )
