from typing import Literal

ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId = Literal[1, 2, 3, 4]

CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES: set[
    ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId
] = {
    1,
    2,
    3,
    4,
}


def check_chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id(
    value: int,
) -> ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId:
    if value in CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_CERTIFICATE_TYPES_UPDATE_BODY_EXPIRATION_TIMEOUT_UNIT_ID_VALUES!r}"
    )
