from typing import Literal

UserRolePermissionsUserRole = Literal[
    "accountant", "administrator", "free_readonly", "free_readonly_admin", "manager", "owner", "worker"
]

USER_ROLE_PERMISSIONS_USER_ROLE_VALUES: set[UserRolePermissionsUserRole] = {
    "accountant",
    "administrator",
    "free_readonly",
    "free_readonly_admin",
    "manager",
    "owner",
    "worker",
}


def check_user_role_permissions_user_role(value: str) -> UserRolePermissionsUserRole:
    if value in USER_ROLE_PERMISSIONS_USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_PERMISSIONS_USER_ROLE_VALUES!r}")
