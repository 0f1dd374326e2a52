from typing import Literal

CreateUserInvitationBodyInvitesItemUserRole = Literal["accountant", "administrator", "manager", "owner", "worker"]

CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_VALUES: set[CreateUserInvitationBodyInvitesItemUserRole] = {
    "accountant",
    "administrator",
    "manager",
    "owner",
    "worker",
}


def check_create_user_invitation_body_invites_item_user_role(value: str) -> CreateUserInvitationBodyInvitesItemUserRole:
    if value in CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_INVITATION_BODY_INVITES_ITEM_USER_ROLE_VALUES!r}"
    )
