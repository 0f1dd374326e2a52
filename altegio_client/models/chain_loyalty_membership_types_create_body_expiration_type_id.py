from typing import Literal

ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId = Literal[1, 2, 3]

CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_EXPIRATION_TYPE_ID_VALUES: set[
    ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId
] = {
    1,
    2,
    3,
}


def check_chain_loyalty_membership_types_create_body_expiration_type_id(
    value: int,
) -> ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId:
    if value in CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_EXPIRATION_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAIN_LOYALTY_MEMBERSHIP_TYPES_CREATE_BODY_EXPIRATION_TYPE_ID_VALUES!r}"
    )
